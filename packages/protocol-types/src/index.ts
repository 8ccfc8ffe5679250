// @parley/protocol-types — every wire format of the Web Almond, api.ai v1 and Kalliope APIs as TypeBox schemas.
// Each schema constant carries a stable `$id` and has a same-named static type.

export { schemas, type SchemaName } from './schemas.js';
export { jsonSchemaBundle, type JsonSchemaBundle } from './bundle.js';

// Almond Dialog API (conversation WebSocket)
export { AlmondInput, AlmondCommandInput, AlmondParsedInput, AlmondThingTalkInput } from './almond/dialogInput.js';
export { AlmondParsedCommand } from './almond/parsedCommand.js';
export {
  AlmondMessage,
  AlmondTextMessage,
  AlmondPictureMessage,
  AlmondRdlMessage,
  AlmondResultMessage,
  AlmondButtonMessage,
  AlmondChoiceMessage,
  AlmondLinkMessage,
  AlmondAskSpecialMessage,
  AlmondAskValue,
  AlmondErrorMessage,
  askSpecialValues,
} from './almond/dialogMessage.js';
export { AlmondFormattedObject } from './almond/formatted.js';
export { AlmondConversationQuery, AlmondResultsEvent, AlmondResultsMessage } from './almond/websocket.js';

// Web Almond REST API
export {
  AlmondOAuthAuthorizeQuery,
  AlmondOAuthTokenRequest,
  AlmondOAuthTokenResponse,
  AlmondOAuthError,
  AlmondOAuthRevokeResponse,
  oauthErrorCodes,
} from './almond/oauth.js';
export { AlmondProfile, AlmondError } from './almond/profile.js';
export {
  AlmondAppsCreateRequest,
  AlmondAppsCreateResponse,
  AlmondAppResult,
  AlmondApp,
  AlmondAppList,
  AlmondAppsDeleteResponse,
} from './almond/apps.js';
export { AlmondDevice, AlmondDeviceList, AlmondDeviceCreateRequest } from './almond/devices.js';
export { AlmondParseQuery, AlmondParseResponse } from './almond/parse.js';
export { AlmondConverseRequest, AlmondConverseResponse } from './almond/converse.js';

// api.ai v1
export { ApiaiQueryRequest, ApiaiQueryString, ApiaiVoiceQueryRequest, ApiaiEvent } from './apiai/queryRequest.js';
export {
  ApiaiQueryResponse,
  ApiaiLegacyQueryResponse,
  ApiaiResult,
  ApiaiMetadata,
  ApiaiFulfillment,
} from './apiai/queryResponse.js';
export { ApiaiResponseMessage } from './apiai/responseMessage.js';
export { ApiaiStatus, ApiaiStatusResponse, apiaiErrorTypes } from './apiai/status.js';
export { ApiaiParameters, ApiaiContext, ApiaiContextList, ApiaiContextsCreateResponse } from './apiai/context.js';
export {
  ApiaiEntity,
  ApiaiEntityBatch,
  ApiaiEntityEntry,
  ApiaiEntityEntryList,
  ApiaiEntitySummary,
  ApiaiEntityValueList,
  ApiaiEntityList,
  ApiaiUserEntity,
  ApiaiUserEntitiesRequest,
  ApiaiEntitiesCreateResponse,
  ApiaiUserEntitiesCreateResponse,
} from './apiai/entity.js';
export { ApiaiIntent, ApiaiIntentSummary, ApiaiIntentList } from './apiai/intent.js';
export { ApiaiWebhookRequest, ApiaiWebhookResponse } from './apiai/webhook.js';
export { ApiaiAgentImportResponse } from './apiai/agentImport.js';

// Kalliope REST API
export {
  KalliopeVersion,
  KalliopeMuteStatus,
  KalliopeMuteRequest,
  KalliopeDeafStatus,
  KalliopeDeafRequest,
} from './kalliope/settings.js';
export {
  KalliopeSignal,
  KalliopeNeuron,
  KalliopeSynapse,
  KalliopeSynapseList,
  KalliopeSynapseDetail,
  KalliopeSynapseCreateRequest,
} from './kalliope/synapse.js';
export {
  KalliopeRunByIdRequest,
  KalliopeRunByOrderRequest,
  KalliopeRunAudioFields,
  KalliopeRunResponse,
} from './kalliope/run.js';
export { KalliopeError } from './kalliope/error.js';
export { KalliopeNeuronModules } from './kalliope/neurons.js';
