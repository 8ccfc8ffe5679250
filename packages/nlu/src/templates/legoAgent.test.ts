import { beforeAll, describe, expect, it } from 'vitest';
import { compileAgent } from './compileAgent.js';
import { matchAgent } from './matchAgent.js';
import { loadRecognizers } from '../system/recognizersSuite.js';

beforeAll(loadRecognizers);

/**
 * Intents and entities of the 2015 api.ai Lego sample agent (shared/data/apiai-sample-agents/
 * lego_agent_2015_templates.zip, from the api.ai Java client), abridged to the fields matching reads.
 */
const matcher = compileAgent([
  { name: 'Go forward', templates: [
    'go forward @sys.number:number @Linear_Measures:Linear_Measures',
    'go @sys.number:number @Linear_Measures:Linear_Measures',
    '@sys.any:any move @sys.number:number @Linear_Measures:Linear_Measures forward',
    'go 30 steps forward', 'move forward one step',
  ] },
  { name: 'Turn Left', templates: [
    'Turn left', 'Turn on left', 'Turn left @sys.number:number degrees',
    '@sys.any:any  rotate @sys.number:number  degrees counter clockwise.',
  ] },
  { name: 'Dance', templates: ['Dance', 'Perfect, can you dance?', '@sys.any:any can you dance?', '@sys.any:any  dance @sys.any:any1'] },
  { name: 'Stop', templates: ['Stop'] },
], [
  { name: 'Linear_Measures', entries: [
    { value: '3', synonyms: ['Inches', 'in', 'Inche', 'inche', 'inches'] },
    { value: '0.1', synonyms: ['centimeter', 'centimeters'] },
    { value: '3', synonyms: ['Steps', 'Step'] },
    { value: '10', synonyms: ['Meters', 'Meter', 'm', 'meters', 'meter'] },
  ] },
]);

describe('the api.ai Lego sample agent', () => {
  it('reads numbers next to developer entities', () => {
    expect(matchAgent(matcher, 'go forward 10 meters')[0]).toMatchObject({
      intent: { name: 'Go forward' }, score: 1,
      parameters: { number: { value: 10, original: '10' }, Linear_Measures: { value: '10', original: 'meters' } },
    });
    expect(matchAgent(matcher, 'go five steps')[0]?.parameters).toMatchObject({ number: { value: 5 }, Linear_Measures: { value: '3' } });
  });

  it('reads @sys.any before other parts', () => {
    const [match] = matchAgent(matcher, 'please robot move 2 inches forward');
    expect(match?.parameters['any']?.value).toBe('please robot');
    expect(match?.parameters['Linear_Measures']?.value).toBe('3');
    expect(matchAgent(matcher, 'now rotate 90 degrees counter clockwise')[0]?.intent.name).toBe('Turn Left');
  });

  it('prefers literal templates to @sys.any ones', () => {
    expect(matchAgent(matcher, 'Perfect, can you dance?').map((match) => [match.intent.name, match.score])).toEqual([['Dance', 1]]);
    expect(matchAgent(matcher, 'Stop')[0]).toMatchObject({ intent: { name: 'Stop' }, score: 1 });
    expect(matchAgent(matcher, 'hey you dance like nobody')[0]?.parameters).toMatchObject({
      any: { value: 'hey you' }, any1: { value: 'like nobody' },
    });
  });
});
