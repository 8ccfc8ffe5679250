// One lint configuration for the whole workspace (ESLint flat config).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Packages that must stay pure: no Node built-ins, no web framework, no database driver. */
const pureRestrictions = {
  patterns: [
    { group: ['node:*'], message: 'This package is pure: time, I/O and randomness come in as inputs.' },
    { group: ['fastify', 'fastify/*', '@fastify/*'], message: 'This package is pure: no web framework.' },
    { group: ['drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/*'], message: 'This package is pure: no database.' },
    { group: ['@parley/thingtalk/devices'], message: 'This package is pure: the built-in devices read their files (node:fs).' },
  ],
  paths: ['fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'events', 'stream', 'url', 'util'].map(
    (name) => ({ name, message: 'This package is pure: no Node built-ins.' }),
  ),
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/.data/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The embedding entry of @parley/apiai-agent runs wherever the core does; its ./node entry trains in worker threads
    // and its ./storage entry keeps sessions in a database of @parley/storage.
    files: ['packages/apiai-agent/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'packages/apiai-agent/src/node.ts', 'packages/apiai-agent/src/storage.ts', 'packages/apiai-agent/src/storage/**', 'packages/apiai-agent/src/classifier/workerTrainer.ts', 'packages/apiai-agent/src/classifier/classifierWorker.ts'],
    rules: { 'no-restricted-imports': ['error', pureRestrictions] },
  },
  {
    files: ['packages/dialog-engine/src/**/*.ts', 'packages/nlu/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', pureRestrictions],
      'no-restricted-globals': ['error', { name: 'process', message: 'This package is pure.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time is an input (ctx.now).' },
        { object: 'Math', property: 'random', message: 'Randomness is an input (ctx.random).' },
      ],
    },
  },
  {
    // The embedded Almond agent (`@parley/dialog-engine/almond`) is the package's one shell: like the apps, it reads
    // the clock and randomness for the reducer. It still imports no Node built-ins.
    files: ['packages/dialog-engine/src/almond/agent/createAlmondAgent.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
