// The catalog's dataset examples as NLU exemplars. Dataset utterances name a query ("the latest xkcd") or a
// stream ("when a new xkcd is out"); commands wrap them ("get the latest xkcd", "notify me when …"), so each
// utterance is also compiled inside the usual command phrasings (genie's basic templates, reduced).
import type { Exemplar } from '@parley/nlu';
import { printType, type Example } from '@parley/thingtalk';
import type { ThingpediaCatalog } from './catalog.js';

const QUERY_PHRASES = ['{}', 'get {}', 'show me {}', 'tell me {}', 'what is {}', 'give me {}', 'show {}'];
const STREAM_PHRASES = ['{}', 'notify me {}', 'alert me {}', 'let me know {}', '{} notify me'];

export interface DatasetExample {
  kind: string;
  example: Example;
}

function phrasings(example: Example): string[] {
  const phrases = example.kind === 'query' ? QUERY_PHRASES : example.kind === 'stream' ? STREAM_PHRASES : ['{}'];
  return example.utterances.flatMap((utterance) => phrases.map((phrase) => phrase.replace('{}', utterance)));
}

/** Every example of the catalog with an id (`kind#index`), and the exemplars to match them with. */
export function datasetExemplars(catalog: ThingpediaCatalog): { examples: Map<string, DatasetExample>; exemplars: Exemplar[] } {
  const examples = new Map<string, DatasetExample>();
  const exemplars: Exemplar[] = [];
  for (const entry of catalog.list()) {
    entry.examples.forEach((example, index) => {
      const id = `${entry.kind}#${index}`;
      examples.set(id, { kind: entry.kind, example });
      exemplars.push({ id, program: id, args: Object.fromEntries(example.args.map((arg) => [arg.name, printType(arg.type)])), utterances: phrasings(example) });
    });
  }
  return { examples, exemplars };
}
