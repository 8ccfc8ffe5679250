// Formatted results as Almond Dialog API messages (docs/protocols/almond.md: text, picture and rdl messages; the v1.8
// `result` message for the other objects, with its text fallback).
import { formattedToString, type FormattedMessage, type FormattedObject } from './formattedObjects.js';

export type ResultMessage =
  | { readonly type: 'text'; readonly text: string; readonly icon: string | null }
  | { readonly type: 'picture'; readonly url: string; readonly icon: string | null }
  | {
      readonly type: 'rdl';
      readonly rdl: Omit<Extract<FormattedObject, { type: 'rdl' }>, 'type'>;
      readonly icon: string | null;
    }
  | { readonly type: 'result'; readonly result: FormattedObject; readonly fallback: string; readonly icon: string | null };

export function toMessages(formatted: readonly FormattedMessage[], icon: string | null): ResultMessage[] {
  return formatted.map((message): ResultMessage => {
    if (typeof message === 'string') return { type: 'text', text: message, icon };
    if (message.type === 'picture') return { type: 'picture', url: message.url, icon };
    if (message.type === 'rdl') {
      const { type: _type, ...rdl } = message;
      return { type: 'rdl', rdl, icon };
    }
    return { type: 'result', result: message, fallback: formattedToString(message), icon };
  });
}
