import { describe, expect, it } from 'vitest';
import { compileAgent } from './compileAgent.js';
import { matchAgent } from './matchAgent.js';
import { fillParameters } from '../ranking/fillParameters.js';
import { resolveIntent } from '../ranking/resolveIntent.js';
import { findEntityMentions } from './findEntityMentions.js';
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

describe('template matches and entity mentions in the ranking', () => {
  it('feed resolveIntent and fillParameters', () => {
    const matcher = compileAgent([{ name: 'go', templates: ['go @sys.number:n steps'] }], []);
    const text = 'go 3 steps';
    const resolved = resolveIntent({ text, templateMatches: matchAgent(matcher, text).map(flattenTemplateMatch) });
    expect(resolved).toMatchObject({ intent: 'go', source: 'template', parameters: { n: 3 }, originals: { n: '3' } });
    const mentions = findEntityMentions(matcher, 'walk 4 steps');
    expect(fillParameters([{ name: 'n', entity: '@sys.number' }], mentions)).toEqual({ parameters: { n: 4 }, originals: { n: '4' } });
  });
});
