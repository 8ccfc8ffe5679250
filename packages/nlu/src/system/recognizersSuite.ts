// Microsoft's recognizers-text suite, loaded on demand: its every-culture bundle adds 30–50 MiB to a process's
// resident memory (README, System entities), which processes that never recognise a number or a date (Kalliope,
// the classifier's worker threads, an api.ai server that has not answered a query yet) should not pay. The load
// is a dynamic `import()`, so this package stays pure (no Node built-ins, no `require`).
import type * as Suite from '@microsoft/recognizers-text-suite';

/** The suite's module: its `recognizeNumber`, `recognizeDateTime`, … functions. */
export type RecognizersSuite = typeof Suite;

let suite: RecognizersSuite | undefined;
let loading: Promise<RecognizersSuite> | undefined;

/**
 * Loads the recognizers-text suite that numbers, dates, times, units, currencies, phone numbers, e-mail addresses
 * and URLs are read with. Await it once before the first recognition (`recognizeSystemEntities`, `matchAgent`,
 * `findEntityMentions`, `matchExemplars`); later calls resolve at once. A failed load can be retried.
 */
export function loadRecognizers(): Promise<void> {
  loading ??= import('@microsoft/recognizers-text-suite').then(
    (loaded) => (suite = loaded),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading.then(() => undefined);
}

/** Whether {@link loadRecognizers} has finished: recognition may run. */
export function recognizersLoaded(): boolean {
  return suite !== undefined;
}

/** The loaded suite; throws when {@link loadRecognizers} has not finished yet. */
export function recognizersSuite(): RecognizersSuite {
  if (suite === undefined) {
    throw new Error(
      '@parley/nlu: the recognizers-text suite is not loaded. Await loadRecognizers() once before recognising '
        + 'system entities (recognizeSystemEntities, matchAgent, findEntityMentions, matchExemplars).',
    );
  }
  return suite;
}
