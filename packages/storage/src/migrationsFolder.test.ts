import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { findMigrationsFolder } from './migrationsFolder.js';

describe('findMigrationsFolder', () => {
  it('takes the first candidate that holds a drizzle journal', () => {
    // From src/, `../drizzle` is this package's own migrations folder; `./nowhere` has no journal.
    expect(findMigrationsFolder(import.meta.url, ['./nowhere', '../drizzle'])).toBe(
      fileURLToPath(new URL('../drizzle', import.meta.url)),
    );
  });

  it('falls back to the first candidate when none has a journal', () => {
    expect(findMigrationsFolder(import.meta.url, ['./nowhere', './neither'])).toBe(
      fileURLToPath(new URL('./nowhere', import.meta.url)),
    );
  });
});
