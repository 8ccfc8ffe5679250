// The one Node built-in of this pure package, and no I/O of the package's own: a synchronous `require` is the only
// way to load the suite on first use without making every recogniser asynchronous.
// eslint-disable-next-line no-restricted-imports
import { createRequire } from 'node:module';
import type * as RecognizersSuite from '@microsoft/recognizers-text-suite';

export type RecognizersSuiteModule = typeof RecognizersSuite;

let loaded: RecognizersSuiteModule | undefined;

/**
 * Microsoft's recognizers-text suite, loaded the first time a system entity is recognised rather than when this
 * package is imported: its models (every culture's) add ~50 MB resident to a process, which a server that never
 * recognises a date or a number (almond-api at idle) does not carry.
 */
export function recognizersSuite(): RecognizersSuiteModule {
  loaded ??= createRequire(import.meta.url)('@microsoft/recognizers-text-suite') as RecognizersSuiteModule;
  return loaded;
}

/** Whether the suite has been loaded in this process (for tests). */
export function recognizersSuiteLoaded(): boolean {
  return loaded !== undefined;
}
