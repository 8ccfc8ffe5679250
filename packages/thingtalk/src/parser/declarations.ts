import type { Assignment, Declaration, LambdaArg } from '../ast/index.js';
import { parseAction } from './actions.js';
import { parseAnnotations } from './annotations.js';
import type { Cursor } from './cursor.js';
import { parseLambdaArgs } from './lambdas.js';
import { parseName } from './names.js';
import { parseProgramBlock } from './programs.js';
import { parseStream } from './streams.js';
import { parseTable } from './tables.js';

/**
 * `let stream|query|table|action|program|procedure name[(args)] := [\(args) ->] body annotations;`
 * or `let result name := T;`.
 */
export function parseDeclaration(c: Cursor): Declaration | Assignment {
  c.expect('let');
  if (c.accept('result')) {
    const name = parseName(c, 'a result name');
    c.expect(':=');
    const table = parseTable(c);
    c.expect(';');
    return { type: 'Assignment', name, table };
  }
  const kindToken = c.expectKind('word', '"stream", "query", "action", "program", "procedure" or "result"');
  const name = parseName(c, 'a declaration name');
  let args: LambdaArg[] = c.at('(') ? parseLambdaArgs(c) : [];
  c.expect(':=');
  if (c.accept('\\')) {
    args = parseLambdaArgs(c);
    c.expect('->');
  }
  const common = { type: 'Declaration', name, args } as const;
  let declaration: Declaration;
  switch (kindToken.text) {
    case 'stream':
      declaration = { ...common, kind: 'stream', value: parseStream(c), annotations: parseAnnotations(c) };
      break;
    case 'query':
    case 'table':
      declaration = { ...common, kind: 'query', value: parseTable(c), annotations: parseAnnotations(c) };
      break;
    case 'action':
      declaration = { ...common, kind: 'action', value: parseAction(c), annotations: parseAnnotations(c) };
      break;
    case 'program':
    case 'procedure':
      declaration = {
        ...common,
        kind: kindToken.text,
        value: parseProgramBlock(c),
        annotations: parseAnnotations(c),
      };
      break;
    default:
      return c.failAt(kindToken, `expected "stream", "query", "action", "program", "procedure" or "result", found "${kindToken.text}"`);
  }
  c.expect(';');
  return declaration;
}
