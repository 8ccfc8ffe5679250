import { matchOrderSignal, parseOrderSignal } from '@parley/nlu';
import { isRecord } from '../brain/parse-synapse.js';

/** Where a neurotransmitter sends the dialogue: the synapse, the answer pattern that matched, its parameters. */
export interface NeurotransmitterLink {
  readonly synapse: string;
  readonly matchedOrder: string | null;
  readonly parameters: Readonly<Record<string, string>>;
}

/** `direct_link`: no answer is needed. */
export function directLink(parameters: Readonly<Record<string, unknown>>): NeurotransmitterLink | undefined {
  const target = parameters['direct_link'];
  return typeof target === 'string' ? { synapse: target, matchedOrder: null, parameters: {} } : undefined;
}

/**
 * `from_answer_link: [{synapse, answers: […]}]` + `default`: the first answer pattern that matches the user's
 * answer (normal matching) wins and becomes the linked synapse's `matched_order`; no hit → `default` with
 * `matched_order: null`; neither → undefined.
 */
export function linkForAnswer(parameters: Readonly<Record<string, unknown>>, answer: string): NeurotransmitterLink | undefined {
  const links = parameters['from_answer_link'];
  for (const link of Array.isArray(links) ? links : []) {
    if (!isRecord(link) || typeof link['synapse'] !== 'string') continue;
    const answers: unknown[] = Array.isArray(link['answers']) ? link['answers'] : [];
    for (const pattern of answers) {
      if (typeof pattern !== 'string') continue;
      const match = matchOrderSignal(parseOrderSignal(pattern), answer);
      if (match !== undefined) return { synapse: link['synapse'], matchedOrder: pattern, parameters: match.parameters };
    }
  }
  const fallback = parameters['default'];
  return typeof fallback === 'string' ? { synapse: fallback, matchedOrder: null, parameters: {} } : undefined;
}

/** Whether a neurotransmitter waits for the user's next order. */
export function waitsForAnswer(parameters: Readonly<Record<string, unknown>>): boolean {
  return directLink(parameters) === undefined;
}
