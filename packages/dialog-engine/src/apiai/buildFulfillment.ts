import type { JsonObject } from '../core/json.js';
import { pickVariant } from '../core/pickVariant.js';
import type { ResponseMessage } from './agent.js';

export interface Fulfillment {
  readonly speech: string;
  readonly messages: readonly ResponseMessage[];
  /** Only from a webhook answer (api.ai v1 fulfillment). */
  readonly displayText?: string;
  readonly data?: JsonObject;
  readonly source?: string;
}

function isTextMessage(message: ResponseMessage): boolean {
  return message['type'] === 0 || message['type'] === '0';
}

function speechVariants(message: ResponseMessage): string[] {
  const speech = message['speech'];
  if (typeof speech === 'string') return [speech];
  if (Array.isArray(speech)) return speech.filter((variant): variant is string => typeof variant === 'string');
  return [];
}

/**
 * Chooses one variant of every text message with the injected randomness and fills its references.
 * `speech` is the first text message meant for every platform (no `platform`), as `result.speech` and
 * `fulfillment.speech` report it; other message types pass through unchanged.
 */
export function buildFulfillment(
  messages: readonly ResponseMessage[],
  random: () => number,
  render: (text: string) => string,
): Fulfillment {
  let speech: string | undefined;
  const built = messages.map((message): ResponseMessage => {
    if (!isTextMessage(message)) return message;
    const chosen = render(pickVariant(speechVariants(message), random) ?? '');
    if (speech === undefined && message['platform'] === undefined) speech = chosen;
    return { ...message, type: 0, speech: chosen };
  });
  return { speech: speech ?? '', messages: built };
}

/** The single text message of a prompt (slot filling). */
export function promptFulfillment(prompt: string): Fulfillment {
  const message: JsonObject = { type: 0, speech: prompt };
  return { speech: prompt, messages: [message] };
}
