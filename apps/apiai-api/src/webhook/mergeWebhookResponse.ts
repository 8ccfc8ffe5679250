// What a webhook answer changes in the query result: its speech, displayText, messages, data and source replace
// or join the agent's fulfillment; `contextOut` contexts are set on the session; `followupEvent` names an event
// to answer instead.
import type { ContextToSet, JsonObject } from '@parley/dialog-engine';
import { isRecord, isResponseMessage, readString } from '@parley/apiai-agent/model';
import { readContexts } from '../protocol/parseQueryRequest.js';
import type { FulfillmentExtras } from '@parley/apiai-agent';

export interface WebhookAnswer {
  fulfillment: FulfillmentExtras;
  contextOut: ContextToSet[];
  followupEvent: { name: string; data: JsonObject } | undefined;
}

export function readWebhookAnswer(response: JsonObject): WebhookAnswer {
  const fulfillment: FulfillmentExtras = {};
  const speech = readString(response.speech, 'speech');
  const displayText = readString(response.displayText, 'displayText');
  if (speech !== undefined) fulfillment.speech = speech;
  else if (displayText !== undefined) fulfillment.speech = displayText;
  if (displayText !== undefined) fulfillment.displayText = displayText;
  const messages = response.messages;
  if (Array.isArray(messages)) {
    if (!messages.every(isResponseMessage)) {
      throw new Error(`messages[${messages.findIndex((message) => !isResponseMessage(message))}] is not an api.ai response message`);
    }
    fulfillment.messages = messages;
  } else if (fulfillment.speech !== undefined) fulfillment.messages = [{ type: 0, speech: fulfillment.speech }];
  if (response.data !== undefined && response.data !== null) {
    if (!isRecord(response.data)) throw new Error('data must be an object');
    fulfillment.data = response.data;
  }
  const source = readString(response.source, 'source');
  if (source !== undefined) fulfillment.source = source;
  const event = response.followupEvent;
  const eventName = isRecord(event) ? readString(event.name, 'followupEvent.name') : undefined;
  return {
    fulfillment,
    contextOut: readContexts(response.contextOut),
    followupEvent:
      eventName === undefined || eventName === '' || !isRecord(event)
        ? undefined
        : { name: eventName, data: isRecord(event.data) ? (event.data as JsonObject) : {} },
  };
}
