import { loadRecognizers } from './recognizersSuite.js';
import { recognizeSystemEntities } from './recognizeSystemEntities.js';

/**
 * Loads the recognizers-text suite and builds its models for a language ahead of the first query. The first
 * recognition in a process builds them lazily and can take seconds; a server that wants its first answer fast
 * awaits this once at start-up, at the price of the suite's memory from the start.
 */
export async function warmUpRecognizers(lang = 'en'): Promise<void> {
  await loadRecognizers();
  recognizeSystemEntities('call me tomorrow at 5 pm about 3 items for $20 at 25 degrees, I am 30 years old', {
    now: 0, lang,
  });
}
