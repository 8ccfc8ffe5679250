import type { TSchema } from 'typebox';
import {
  AlmondApp,
  AlmondAppList,
  AlmondAppResult,
  AlmondAppsCreateRequest,
  AlmondAppsCreateResponse,
  AlmondAppsDeleteResponse,
} from './almond/apps.js';
import { AlmondConverseRequest, AlmondConverseResponse } from './almond/converse.js';
import { AlmondDevice, AlmondDeviceCreateRequest, AlmondDeviceList } from './almond/devices.js';
import { AlmondCommandInput, AlmondInput, AlmondParsedInput, AlmondThingTalkInput } from './almond/dialogInput.js';
import {
  AlmondAskSpecialMessage,
  AlmondAskValue,
  AlmondButtonMessage,
  AlmondChoiceMessage,
  AlmondErrorMessage,
  AlmondLinkMessage,
  AlmondMessage,
  AlmondPictureMessage,
  AlmondRdlMessage,
  AlmondResultMessage,
  AlmondTextMessage,
} from './almond/dialogMessage.js';
import { AlmondFormattedObject } from './almond/formatted.js';
import {
  AlmondOAuthAuthorizeQuery,
  AlmondOAuthError,
  AlmondOAuthRevokeResponse,
  AlmondOAuthTokenRequest,
  AlmondOAuthTokenResponse,
} from './almond/oauth.js';
import { AlmondParseQuery, AlmondParseResponse } from './almond/parse.js';
import { AlmondParsedCommand } from './almond/parsedCommand.js';
import { AlmondError, AlmondProfile } from './almond/profile.js';
import { AlmondConversationQuery, AlmondResultsEvent, AlmondResultsMessage } from './almond/websocket.js';
import { ApiaiContext, ApiaiContextList, ApiaiContextsCreateResponse, ApiaiParameters } from './apiai/context.js';
import { ApiaiAgentImportResponse } from './apiai/agentImport.js';
import {
  ApiaiEntitiesCreateResponse,
  ApiaiEntity,
  ApiaiEntityBatch,
  ApiaiEntityEntry,
  ApiaiEntityEntryList,
  ApiaiEntityList,
  ApiaiEntitySummary,
  ApiaiEntityValueList,
  ApiaiUserEntitiesCreateResponse,
  ApiaiUserEntitiesRequest,
  ApiaiUserEntity,
} from './apiai/entity.js';
import { ApiaiIntent, ApiaiIntentList, ApiaiIntentSummary } from './apiai/intent.js';
import { ApiaiEvent, ApiaiQueryRequest, ApiaiQueryString, ApiaiVoiceQueryRequest } from './apiai/queryRequest.js';
import {
  ApiaiFulfillment,
  ApiaiLegacyQueryResponse,
  ApiaiMetadata,
  ApiaiQueryResponse,
  ApiaiResult,
} from './apiai/queryResponse.js';
import { ApiaiResponseMessage } from './apiai/responseMessage.js';
import { ApiaiStatus, ApiaiStatusResponse } from './apiai/status.js';
import { ApiaiWebhookRequest, ApiaiWebhookResponse } from './apiai/webhook.js';
import { KalliopeError } from './kalliope/error.js';
import { KalliopeNeuronModules } from './kalliope/neurons.js';
import {
  KalliopeRunAudioFields,
  KalliopeRunByIdRequest,
  KalliopeRunByOrderRequest,
  KalliopeRunResponse,
} from './kalliope/run.js';
import {
  KalliopeDeafRequest,
  KalliopeDeafStatus,
  KalliopeMuteRequest,
  KalliopeMuteStatus,
  KalliopeVersion,
} from './kalliope/settings.js';
import {
  KalliopeNeuron,
  KalliopeSignal,
  KalliopeSynapse,
  KalliopeSynapseCreateRequest,
  KalliopeSynapseDetail,
  KalliopeSynapseList,
} from './kalliope/synapse.js';

/**
 * Every wire format of the three APIs, keyed by its `$id` (`almond.*`, `apiai.*`, `kalliope.*`).
 * The key `area.Name` always maps to the exported constant `AreaName` (e.g. `almond.Message` → `AlmondMessage`).
 */
export const schemas = {
  'almond.Input': AlmondInput,
  'almond.CommandInput': AlmondCommandInput,
  'almond.ParsedInput': AlmondParsedInput,
  'almond.ThingTalkInput': AlmondThingTalkInput,
  'almond.ParsedCommand': AlmondParsedCommand,
  'almond.Message': AlmondMessage,
  'almond.TextMessage': AlmondTextMessage,
  'almond.PictureMessage': AlmondPictureMessage,
  'almond.RdlMessage': AlmondRdlMessage,
  'almond.ResultMessage': AlmondResultMessage,
  'almond.ButtonMessage': AlmondButtonMessage,
  'almond.ChoiceMessage': AlmondChoiceMessage,
  'almond.LinkMessage': AlmondLinkMessage,
  'almond.AskSpecialMessage': AlmondAskSpecialMessage,
  'almond.AskValue': AlmondAskValue,
  'almond.ErrorMessage': AlmondErrorMessage,
  'almond.FormattedObject': AlmondFormattedObject,
  'almond.ConversationQuery': AlmondConversationQuery,
  'almond.ResultsEvent': AlmondResultsEvent,
  'almond.ResultsMessage': AlmondResultsMessage,
  'almond.OAuthAuthorizeQuery': AlmondOAuthAuthorizeQuery,
  'almond.OAuthTokenRequest': AlmondOAuthTokenRequest,
  'almond.OAuthTokenResponse': AlmondOAuthTokenResponse,
  'almond.OAuthError': AlmondOAuthError,
  'almond.OAuthRevokeResponse': AlmondOAuthRevokeResponse,
  'almond.Profile': AlmondProfile,
  'almond.Error': AlmondError,
  'almond.AppsCreateRequest': AlmondAppsCreateRequest,
  'almond.AppsCreateResponse': AlmondAppsCreateResponse,
  'almond.AppResult': AlmondAppResult,
  'almond.App': AlmondApp,
  'almond.AppList': AlmondAppList,
  'almond.AppsDeleteResponse': AlmondAppsDeleteResponse,
  'almond.Device': AlmondDevice,
  'almond.DeviceList': AlmondDeviceList,
  'almond.DeviceCreateRequest': AlmondDeviceCreateRequest,
  'almond.ParseQuery': AlmondParseQuery,
  'almond.ParseResponse': AlmondParseResponse,
  'almond.ConverseRequest': AlmondConverseRequest,
  'almond.ConverseResponse': AlmondConverseResponse,
  'apiai.QueryRequest': ApiaiQueryRequest,
  'apiai.QueryString': ApiaiQueryString,
  'apiai.VoiceQueryRequest': ApiaiVoiceQueryRequest,
  'apiai.Event': ApiaiEvent,
  'apiai.QueryResponse': ApiaiQueryResponse,
  'apiai.LegacyQueryResponse': ApiaiLegacyQueryResponse,
  'apiai.Result': ApiaiResult,
  'apiai.Metadata': ApiaiMetadata,
  'apiai.Fulfillment': ApiaiFulfillment,
  'apiai.ResponseMessage': ApiaiResponseMessage,
  'apiai.Parameters': ApiaiParameters,
  'apiai.Status': ApiaiStatus,
  'apiai.StatusResponse': ApiaiStatusResponse,
  'apiai.Context': ApiaiContext,
  'apiai.ContextList': ApiaiContextList,
  'apiai.ContextsCreateResponse': ApiaiContextsCreateResponse,
  'apiai.Entity': ApiaiEntity,
  'apiai.EntityEntry': ApiaiEntityEntry,
  'apiai.EntityEntryList': ApiaiEntityEntryList,
  'apiai.EntityValueList': ApiaiEntityValueList,
  'apiai.EntityBatch': ApiaiEntityBatch,
  'apiai.EntitySummary': ApiaiEntitySummary,
  'apiai.EntityList': ApiaiEntityList,
  'apiai.EntitiesCreateResponse': ApiaiEntitiesCreateResponse,
  'apiai.UserEntity': ApiaiUserEntity,
  'apiai.UserEntitiesRequest': ApiaiUserEntitiesRequest,
  'apiai.UserEntitiesCreateResponse': ApiaiUserEntitiesCreateResponse,
  'apiai.Intent': ApiaiIntent,
  'apiai.IntentSummary': ApiaiIntentSummary,
  'apiai.IntentList': ApiaiIntentList,
  'apiai.WebhookRequest': ApiaiWebhookRequest,
  'apiai.WebhookResponse': ApiaiWebhookResponse,
  'apiai.AgentImportResponse': ApiaiAgentImportResponse,
  'kalliope.Version': KalliopeVersion,
  'kalliope.Signal': KalliopeSignal,
  'kalliope.Neuron': KalliopeNeuron,
  'kalliope.Synapse': KalliopeSynapse,
  'kalliope.SynapseList': KalliopeSynapseList,
  'kalliope.SynapseDetail': KalliopeSynapseDetail,
  'kalliope.SynapseCreateRequest': KalliopeSynapseCreateRequest,
  'kalliope.RunByIdRequest': KalliopeRunByIdRequest,
  'kalliope.RunByOrderRequest': KalliopeRunByOrderRequest,
  'kalliope.RunAudioFields': KalliopeRunAudioFields,
  'kalliope.RunResponse': KalliopeRunResponse,
  'kalliope.MuteStatus': KalliopeMuteStatus,
  'kalliope.MuteRequest': KalliopeMuteRequest,
  'kalliope.DeafStatus': KalliopeDeafStatus,
  'kalliope.DeafRequest': KalliopeDeafRequest,
  'kalliope.Error': KalliopeError,
  'kalliope.NeuronModules': KalliopeNeuronModules,
} satisfies Record<string, TSchema>;

/** A key of {@link schemas}, e.g. `'almond.Message'`. */
export type SchemaName = keyof typeof schemas;
