import { fileURLToPath } from 'node:url';

/**
 * A path inside the kalliope-api package (`demo/brain.yml`, `drizzle`). This module sits at the top of `src/`, and its
 * bundle at the top of `dist/`, so one level up is the package folder both when run from source and when built.
 */
export const packageFile = (relativePath: string): string => fileURLToPath(new URL(`../${relativePath}`, import.meta.url));
