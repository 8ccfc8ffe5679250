// The /parse classifier (docs/protocols/almond.md §2.4, §4.1): a @parley/nlu intent classifier trained on the catalog's
// dataset utterances (labels: the examples), whose predictions become the examples' programs with their arguments
// filled from the query's entities (an argument without a value of its type stays `$?`).
import { rankIntents, trainClassifier, type ClassifierModel } from '@parley/nlu';
import { exampleProgram, printType, type Program, type Value } from '@parley/thingtalk';
import type { ThingpediaCatalog } from '../thingpedia/catalog.js';
import type { QueryEntity } from './queryEntities.js';

interface ClassifiedExample {
  program: Program;
  args: { name: string; type: string }[];
}

interface CommandClassifier {
  model: ClassifierModel;
  examples: ReadonlyMap<string, ClassifiedExample>;
}

/** Below this confidence a prediction is not offered (gibberish spreads its probability over every example). */
const MIN_CONFIDENCE = 0.2;

const PLACEHOLDERS: Readonly<Record<string, string>> = { String: 'QUOTED_STRING_0', Number: 'NUMBER_0', Date: 'DATE_0', Time: 'TIME_0' };

/** A dataset utterance in the query's token form: `${p_status}` of a String argument becomes QUOTED_STRING_0. */
function trainingText(utterance: string, args: ClassifiedExample['args']): string {
  return utterance.replace(/\$\{(\w+)(?::[^}]*)?\}|\$(\w+)/g, (whole, braced: string | undefined, bare: string | undefined) => {
    const arg = args.find((candidate) => candidate.name === (braced ?? bare));
    return arg === undefined ? whole : (PLACEHOLDERS[arg.type] ?? arg.name.replace(/^p_/, ''));
  });
}

const trained = new WeakMap<ThingpediaCatalog, CommandClassifier>();

/** The catalog's classifier, trained on first use and kept for the catalog's lifetime (training is deterministic). */
export function commandClassifier(catalog: ThingpediaCatalog): CommandClassifier {
  const cached = trained.get(catalog);
  if (cached !== undefined) return cached;
  const examples = new Map<string, ClassifiedExample>();
  const training: { text: string; intent: string }[] = [];
  for (const entry of catalog.list()) {
    for (const [index, example] of entry.examples.entries()) {
      const id = `${entry.kind}#${index}`;
      const args = example.args.map((arg) => ({ name: arg.name, type: printType(arg.type) }));
      examples.set(id, { program: exampleProgram(example), args });
      for (const utterance of example.utterances) training.push({ text: trainingText(utterance, args), intent: id });
    }
  }
  const classifier = { model: trainClassifier(training, { seed: 1 }), examples };
  trained.set(catalog, classifier);
  return classifier;
}

function substitute(node: unknown, values: ReadonlyMap<string, Value>): unknown {
  if (Array.isArray(node)) return node.map((item) => substitute(item, values));
  if (typeof node !== 'object' || node === null) return node;
  const record = node as Record<string, unknown>;
  if (record['type'] === 'VarRef' && typeof record['name'] === 'string' && values.has(record['name'])) return values.get(record['name']);
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, substitute(value, values)]));
}

/** The example's program with each argument taking the next unused entity of its type, else `$?`. */
function fillArguments(example: ClassifiedExample, found: readonly QueryEntity[]): Program {
  const unused = [...found];
  const values = new Map<string, Value>();
  for (const arg of example.args) {
    const index = unused.findIndex((entity) => entity.slotType === arg.type);
    const entity = index < 0 ? undefined : unused.splice(index, 1)[0];
    values.set(arg.name, entity?.value ?? { type: 'Undefined', local: true });
  }
  return substitute(example.program, values) as Program;
}

/** The classifier's programs for the tokenized query, most confident first, with their confidences. */
export function classifyCommand(classifier: CommandClassifier, tokens: readonly string[], found: readonly QueryEntity[], limit = 3): { program: Program; score: number }[] {
  return rankIntents(classifier.model, tokens.join(' '))
    .slice(0, limit)
    .filter((ranked) => ranked.confidence >= MIN_CONFIDENCE)
    .flatMap((ranked) => {
      const example = classifier.examples.get(ranked.intent);
      return example === undefined ? [] : [{ program: fillArguments(example, found), score: ranked.confidence }];
    });
}
