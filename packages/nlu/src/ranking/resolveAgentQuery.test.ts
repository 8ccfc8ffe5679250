import { describe, expect, it } from 'vitest';
import { trainClassifier } from '../classifier/trainClassifier.js';
import { compileAgent } from '../templates/compileAgent.js';
import { findEntityMentions } from '../templates/findEntityMentions.js';
import { matchAgent } from '../templates/matchAgent.js';
import { flattenTemplateMatch } from '../templates/templateCandidate.js';
import { resolveIntent, type IntentQuery } from './resolveIntent.js';

// End to end with the package's template matcher: templates first, then the classifier with entity filling.
const intents = [
  { name: 'order-drink', templates: ['i want a @drink:drink', 'get me a @drink:drink'] },
  { name: 'weather', templates: ['weather in @city:city'] },
];
const entities = [
  { name: 'drink', entries: [{ value: 'coffee', synonyms: ['coffee', 'espresso'] }, { value: 'tea', synonyms: ['tea'] }] },
  { name: 'city', entries: [{ value: 'Paris', synonyms: ['paris'] }, { value: 'Oslo', synonyms: ['oslo'] }] },
];
const matcher = compileAgent(intents, entities);
const classifier = trainClassifier([
  { text: 'i would love a hot drink', intent: 'order-drink' },
  { text: 'could you bring me something to drink', intent: 'order-drink' },
  { text: 'a cup of something please', intent: 'order-drink' },
  { text: 'is it raining outside', intent: 'weather' },
  { text: 'how warm will it be', intent: 'weather' },
  { text: 'do i need a coat today', intent: 'weather' },
]);
const intentParameters = {
  'order-drink': [{ name: 'drink', entity: '@drink' }],
  weather: [{ name: 'city', entity: '@city' }],
};

function query(text: string): IntentQuery {
  return {
    text,
    classifier,
    intentParameters,
    templateMatches: matchAgent(matcher, text).map(flattenTemplateMatch),
    entities: findEntityMentions(matcher, text),
  };
}

describe('resolveIntent with the template matcher and entity mentions', () => {
  it('takes the template match when a template fits', () => {
    expect(resolveIntent(query('get me a espresso'))).toMatchObject({
      intent: 'order-drink', source: 'template', parameters: { drink: 'coffee' },
    });
  });
  it('lets the classifier choose otherwise and fills the parameters from the entities found', () => {
    expect(resolveIntent(query('is it raining in oslo'))).toMatchObject({
      intent: 'weather', source: 'classifier', parameters: { city: 'Oslo' }, originals: { city: 'oslo' },
    });
  });
});
