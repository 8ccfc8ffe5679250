import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../parser/parse.js';
import { print } from '../printer/print.js';
import { Schemas } from '../schema/schemas.js';
import { typeCheck } from '../typecheck/typeCheck.js';

const root = join(import.meta.dirname, '../../thingpedia');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.tt'))
  .sort();
const manifests = files.filter((file) => file.endsWith('manifest.tt')).map((file) => readFileSync(join(root, file), 'utf8'));

describe('the class and dataset files shipped with the package', () => {
  it.each(files)('%s parses, prints stably and type-checks', (file) => {
    const input = parse(readFileSync(join(root, file), 'utf8'));
    expect(parse(print(input))).toEqual(input);
    expect(typeCheck(input, Schemas.fromText(...manifests))).toEqual(input);
  });
});
