import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The language half must stay pure (docs/architecture.md): no Node built-ins, no clock, no randomness. */
const PURE = ['ast', 'parser', 'printer', 'nn', 'typecheck', 'schema', 'walk'];
const root = join(import.meta.dirname, '..');
const sources = PURE.flatMap((dir) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => join(dir, file)),
);

describe('the language modules are pure', () => {
  it.each(sources)('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).not.toMatch(/from '(node:|fs|path|os|crypto|http|https|net|child_process)/);
    expect(text).not.toMatch(/Date\.now|Math\.random|process\./);
    // runtime/units.js and runtime/zonedTime.js are pure (tables of units; Intl time-zone arithmetic)
    expect(text).not.toMatch(/from '\.\.\/(runtime|devices|cli|describe|format)\/(?!units\.js|zonedTime\.js)/);
  });
});
