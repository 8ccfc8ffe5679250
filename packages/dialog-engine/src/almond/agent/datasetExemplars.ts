// The catalog's dataset examples as NLU exemplars. Dataset utterances name a query ("the latest xkcd") or a
// stream ("when a new xkcd is out"); commands wrap them ("get the latest xkcd", "notify me when …"), so each
// utterance is also compiled inside the usual command phrasings (genie's basic templates, reduced).
import type { Exemplar } from '@parley/nlu';
import { exampleProgram, print, printType, type Example } from '@parley/thingtalk';

const QUERY_PHRASES = ['{}', 'get {}', 'show me {}', 'tell me {}', 'what is {}', 'give me {}', 'show {}'];
const STREAM_PHRASES = ['{}', 'notify me {}', 'alert me {}', 'let me know {}', '{} notify me'];

function phrasings(example: Example): string[] {
  const phrases = example.kind === 'query' ? QUERY_PHRASES : example.kind === 'stream' ? STREAM_PHRASES : ['{}'];
  return example.utterances.flatMap((utterance) => phrases.map((phrase) => phrase.replace('{}', utterance)));
}

/**
 * Every example of the kinds as an exemplar (id `kind#index`) whose program is the whole ThingTalk program with
 * the example's arguments as variables (`now => @com.xkcd.get_comic(number=p_number) => notify;`).
 */
export function datasetExemplars(kinds: readonly { readonly kind: string; readonly examples: readonly Example[] }[]): Exemplar[] {
  return kinds.flatMap((entry) =>
    entry.examples.map((example, index) => ({
      id: `${entry.kind}#${index}`,
      program: print(exampleProgram(example)),
      args: Object.fromEntries(example.args.map((arg) => [arg.name, printType(arg.type)])),
      utterances: phrasings(example),
    })),
  );
}
