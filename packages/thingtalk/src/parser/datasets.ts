import type { Action, Dataset, Example, Program, Stream, Table, Value } from '../ast/index.js';
import { parseAction } from './actions.js';
import { parseAnnotations } from './annotations.js';
import type { Cursor } from './cursor.js';
import { parseLambdaArgs } from './lambdas.js';
import { parseName } from './names.js';
import { parseProgramBlock } from './programs.js';
import { parseRuleBody } from './rules.js';
import { parseStream } from './streams.js';
import { parseTable } from './tables.js';

type ExampleBody =
  | { kind: 'stream'; value: Stream }
  | { kind: 'query'; value: Table }
  | { kind: 'action'; value: Action }
  | { kind: 'program'; value: Program };

function strings(c: Cursor, value: Value): string[] {
  const items = value.type === 'Array' ? value.value : [value];
  return items.map((item) => {
    if (item.type !== 'String') c.failAt(c.peek(-1), 'utterances must be strings');
    return item.value;
  });
}

/** `stream|query|action|program [(args)] := body annotations;` */
function parseExample(c: Cursor): Example {
  const kindToken = c.expectKind('word', '"stream", "query", "action" or "program"');
  const args = c.at('(') ? parseLambdaArgs(c) : [];
  c.expect(':=');
  let body: ExampleBody;
  switch (kindToken.text) {
    case 'stream':
      body = { kind: 'stream', value: parseStream(c) };
      break;
    case 'query':
      body = { kind: 'query', value: parseTable(c) };
      break;
    case 'action':
      body = { kind: 'action', value: parseAction(c) };
      break;
    case 'program': {
      const value = c.at('{')
        ? parseProgramBlock(c)
        : { type: 'Program' as const, principal: null, classes: [], declarations: [], statements: [parseRuleBody(c)], oninputs: [] };
      body = { kind: 'program', value };
      break;
    }
    default:
      return c.failAt(kindToken, `expected "stream", "query", "action" or "program", found "${kindToken.text}"`);
  }
  const annotations = parseAnnotations(c);
  c.expect(';');
  let id = -1;
  const other: Record<string, Value> = {};
  for (const [name, value] of Object.entries(annotations.impl)) {
    if (name === 'id' && value.type === 'Number') id = value.value;
    else other[name] = value;
  }
  const utterances = annotations.nl.utterances ? strings(c, annotations.nl.utterances) : [];
  const preprocessed = annotations.nl.preprocessed ? strings(c, annotations.nl.preprocessed) : [];
  return { ...body, id, args, utterances, preprocessed, annotations: other };
}

/** `dataset @name|name [language "en"] { examples } [;]`. */
export function parseDataset(c: Cursor): Dataset {
  c.expect('dataset');
  const isClassName = c.atKind('classname');
  const name = isClassName ? c.next().text : parseName(c, 'a dataset name');
  const language = c.accept('language') ? c.expectKind('string', 'a language code').value : 'en';
  c.expect('{');
  const examples: Example[] = [];
  while (!c.accept('}')) examples.push(parseExample(c));
  c.accept(';');
  return { type: 'Dataset', name, isClassName, language, examples };
}
