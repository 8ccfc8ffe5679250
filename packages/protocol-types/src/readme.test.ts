import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemas } from './schemas.js';

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const described = JSON.parse(JSON.stringify(schemas)) as Record<string, { description?: string }>;

  it('lists every schema with its description', () => {
    const missing = Object.entries(described)
      .filter(([name, schema]) => !readme.includes(`| \`${name}\` |`) || !readme.includes(schema.description ?? '—'))
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });
});
