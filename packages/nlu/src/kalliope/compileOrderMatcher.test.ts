import { describe, expect, it } from 'vitest';
import { seededRandom } from '../classifier/seededRandom.js';
import { compileOrderMatcher } from './compileOrderMatcher.js';
import { matchOrder, type OrderSynapse } from './matchOrder.js';
import { parseOrderSignal } from './orderSignal.js';

const VOCABULARY = ['turn', 'on', 'off', 'the', 'light', 'Kitchen', 'play', 'music', 'one', '1', 'stop', 'timer'];
const TYPES = ['normal', 'strict', 'ordered-strict', 'not-contain', 'no-such-type'];

function generator(seed: number) {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const words = (min: number, max: number) => Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, () => pick(VOCABULARY));

  const signalText = (): string => {
    const parts = words(0, 4);
    if (next() < 0.3) parts.splice(Math.floor(next() * (parts.length + 1)), 0, `{{ ${pick(['what', 'when'])} }}`);
    return parts.join(next() < 0.2 ? '  ' : ' ');
  };
  const signal = (): unknown => {
    const text = signalText();
    if (next() < 0.4) return text;
    return {
      ...(next() < 0.95 ? { text } : {}),
      'matching-type': pick(TYPES),
      'excluded-words': words(0, 2),
      ...(next() < 0.25 ? { 'stt-correction': [{ input: pick(['one', 'tur', 'the light', 'music']), output: pick(VOCABULARY) }] } : {}),
    };
  };
  const brain = (size: number): OrderSynapse[] =>
    Array.from({ length: size }, (_, index) => {
      const orders = Array.from({ length: 1 + Math.floor(next() * 3) }, () => parseOrderSignal(signal()));
      return next() < 0.1 ? { name: `s${index}`, orders, enabled: false } : { name: `s${index}`, orders };
    });
  const order = (synapses: readonly OrderSynapse[]): string => {
    const from = pick(synapses).orders[0]?.text ?? '';
    const said = from.replace(/\{\{[^}]*\}\}/g, () => words(1, 2).join(' '));
    const choice = next();
    if (choice < 0.3) return said;
    if (choice < 0.5) return `${words(0, 2).join(' ')} ${said} ${words(0, 2).join(' ')}`.toUpperCase();
    if (choice < 0.6) return said.split(' ').reverse().join('\t');
    return words(0, 7).join(' ');
  };
  return { brain, order };
}

describe('compileOrderMatcher', () => {
  it('returns exactly what the full scan returns, on generated brains with every matching type', () => {
    let matched = 0;
    let checked = 0;
    const matchedTypes = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const generate = generator(seed);
      const brain = generate.brain(60);
      const matcher = compileOrderMatcher(brain);
      for (let count = 0; count < 100; count++) {
        const order = generate.order(brain);
        for (const mode of ['all', 'best'] as const) {
          const expected = matchOrder(brain, order, { mode });
          expect(matcher.match(order, { mode }), `seed ${seed}, order "${order}", mode ${mode}`).toEqual(expected);
          checked++;
          if (expected.length > 0) matched++;
          for (const match of expected) {
            const signal = match.synapse.orders.find((candidate) => candidate.text === match.matchedOrder);
            matchedTypes.add(`${signal?.matchingType}${signal?.sttCorrections.length ? '+stt' : ''}`);
            if (Object.keys(match.parameters).length > 0) matchedTypes.add('parameters');
          }
        }
      }
    }
    expect(checked).toBe(8000);
    expect(matched / checked).toBeGreaterThan(0.3);
    expect([...matchedTypes].sort()).toEqual(
      expect.arrayContaining(['normal', 'normal+stt', 'not-contain', 'ordered-strict', 'parameters', 'strict']),
    );
  });

  it('evaluates only the synapses filed under the order words', () => {
    const brain = [
      { name: 'light', orders: [parseOrderSignal('turn on the light')] },
      { name: 'music', orders: [parseOrderSignal('play the music')] },
      { name: 'corrected', orders: [parseOrderSignal({ text: 'stop 1 timer', 'stt-correction': [{ input: 'one', output: '1' }] })] },
    ];
    const matcher = compileOrderMatcher(brain);
    expect(matcher.candidateCount('play some music')).toBe(2);
    expect(matcher.match('stop one timer').map((match) => match.synapse.name)).toEqual(['corrected']);
    expect(matcher.match('please play the music').map((match) => match.synapse.name)).toEqual(['music']);
  });

  it('reads enabled at match time', () => {
    const toggled: { name: string; orders: OrderSynapse['orders']; enabled: boolean } = {
      name: 'light', orders: [parseOrderSignal('turn on the light')], enabled: true,
    };
    const matcher = compileOrderMatcher([toggled]);
    expect(matcher.match('turn on the light')).toHaveLength(1);
    toggled.enabled = false;
    expect(matcher.match('turn on the light')).toEqual([]);
  });

  it('matches nothing for an empty or missing order', () => {
    const matcher = compileOrderMatcher([{ name: 'light', orders: [parseOrderSignal('light')] }]);
    expect(matcher.match('')).toEqual([]);
    expect(matcher.match(null)).toEqual([]);
  });
});
