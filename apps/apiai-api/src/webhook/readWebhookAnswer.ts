// Reads a webhook's v1 answer (`{speech, displayText, messages, data, source, contextOut, followupEvent}`) into the
// dialog engine's `WebhookAnswer`, checking each field; what it changes in the result the api.ai reducer decides.
import type { JsonObject, ResponseMessage, WebhookAnswer } from '@parley/dialog-engine';
import { isRecord, isResponseMessage, readString } from '@parley/apiai-agent/model';
import { readContexts } from '../protocol/parseQueryRequest.js';

/** Throws (with the field at fault) when a field is not what api.ai allows. */
export function readWebhookAnswer(response: JsonObject): WebhookAnswer {
  const speech = readString(response.speech, 'speech');
  const displayText = readString(response.displayText, 'displayText');
  const messages = response.messages;
  const invalid = Array.isArray(messages) ? messages.findIndex((message) => !isResponseMessage(message)) : -1;
  if (invalid >= 0) throw new Error(`messages[${invalid}] is not an api.ai response message`);
  const data = response.data ?? undefined;
  if (data !== undefined && !isRecord(data)) throw new Error('data must be an object');
  const source = readString(response.source, 'source');
  const event = response.followupEvent;
  const eventName = isRecord(event) ? readString(event.name, 'followupEvent.name') : undefined;
  return {
    ...(speech === undefined ? {} : { speech }),
    ...(displayText === undefined ? {} : { displayText }),
    // Every message was just checked against apiai.ResponseMessage.
    ...(Array.isArray(messages) ? { messages: messages as ResponseMessage[] } : {}),
    ...(data === undefined ? {} : { data }),
    ...(source === undefined ? {} : { source }),
    contextOut: readContexts(response.contextOut),
    ...(eventName === undefined || !isRecord(event) ? {} : { followupEvent: { name: eventName, data: isRecord(event.data) ? (event.data as JsonObject) : {} } }),
  };
}
