import { describe, expect, it } from 'vitest';
import { compileAgent } from './compileAgent.js';
import { matchAgent } from './matchAgent.js';
import { flattenTemplateMatch } from './templateCandidate.js';

describe('flattenTemplateMatch', () => {
  it('gives the intent name, values and originals', () => {
    const matcher = compileAgent([{ name: 'go', templates: ['go @sys.number:n steps @{now, today}:when'] }], []);
    const [match] = matchAgent(matcher, 'go Five steps now');
    expect(match === undefined ? undefined : flattenTemplateMatch(match)).toEqual({
      intent: 'go', score: 1, parameters: { n: 5, when: 'now' }, originals: { n: 'Five', when: 'now' },
    });
  });
});
