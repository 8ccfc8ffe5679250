import { describe, expect, it } from 'vitest';
import { importSpecifiers, isNodeBuiltin } from './moduleImports.js';

describe('importSpecifiers', () => {
  it('reads static, re-export, side-effect and dynamic imports', () => {
    const source = [
      'import { a } from "./chunk-X.js";',
      "import * as fs from 'node:fs';",
      'export { b } from "./b.js";',
      'export * from "typebox";',
      'import "./side.js";',
      'const lazy = () => import("./lazy.js");',
      'const text = "not an import from here";',
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['./chunk-X.js', 'node:fs', './b.js', 'typebox', './side.js', './lazy.js']);
  });
});

describe('isNodeBuiltin', () => {
  it('knows node: specifiers, bare built-in names and their subpaths', () => {
    expect(['node:fs', 'fs', 'fs/promises', 'child_process'].every(isNodeBuiltin)).toBe(true);
    expect(['./fs.js', 'typebox', '@parley/nlu', 'fastify'].some(isNodeBuiltin)).toBe(false);
  });
});
