import { describe, expect, it } from 'vitest';
import { compileAgent } from './compileAgent.js';
import { candidateExpressions } from './expressionIndex.js';

const agent = compileAgent(
  [
    { name: 'weather', templates: ['what is the weather', 'weather in @sys.geo-city:city', 'forecast please'] },
    { name: 'time', templates: ['what time is it', 'the time please', '@sys.any:anything'] },
    { name: 'greeting', userSays: [{ data: [{ text: 'hello there' }] }, { data: [{ text: 'hello' }] }] },
  ],
  [],
);

/** What a scan keeps: the expressions whose required words are all present. */
const scanned = (present: ReadonlySet<string>) =>
  agent.expressions.flatMap((expression, position) => (expression.requiredWords.every((word) => present.has(word)) ? [position] : []));

describe('candidateExpressions', () => {
  it('offers every expression a scan would keep, in order, and no expression none of whose words is present', () => {
    for (const words of [['what', 'is', 'the', 'weather'], ['the', 'time', 'please'], ['hello'], ['hello', 'there', 'weather', 'in'], ['nothing', 'known'], []]) {
      const present = new Set(words);
      const candidates = candidateExpressions(agent.expressions, present);
      expect(candidates).toEqual([...candidates].sort((a, b) => a - b));
      expect(candidates.filter((position) => agent.expressions[position]?.requiredWords.every((word) => present.has(word)))).toEqual(scanned(present));
      for (const position of candidates) {
        const required = agent.expressions[position]?.requiredWords ?? [];
        expect(required.length === 0 || required.some((word) => present.has(word))).toBe(true);
      }
    }
  });

  it('offers only the expressions without required words to a query of unknown words', () => {
    const free = agent.expressions.flatMap((expression, position) => (expression.requiredWords.length === 0 ? [position] : []));
    expect(free).toHaveLength(1);
    expect(candidateExpressions(agent.expressions, new Set(['zebra']))).toEqual(free);
  });
});
