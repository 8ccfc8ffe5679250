import type { LambdaArg } from '../ast/index.js';
import type { Cursor } from './cursor.js';
import { parseName } from './names.js';
import { parseType } from './types.js';

/** `(p_a : Number, p_b : String)`, possibly empty. */
export function parseLambdaArgs(c: Cursor): LambdaArg[] {
  c.expect('(');
  const args: LambdaArg[] = [];
  if (!c.at(')')) {
    do {
      const name = parseName(c, 'an argument name');
      c.expect(':');
      args.push({ name, type: parseType(c) });
    } while (c.accept(','));
  }
  c.expect(')');
  return args;
}
