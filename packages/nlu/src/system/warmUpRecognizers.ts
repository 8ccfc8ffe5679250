import { recognizeSystemEntities } from './recognizeSystemEntities.js';

/**
 * Builds the recognizers' models for a language ahead of the first query. The first recognition in a
 * process builds them lazily and can take seconds; servers call this once at start-up.
 */
export function warmUpRecognizers(lang = 'en'): void {
  recognizeSystemEntities('call me tomorrow at 5 pm about 3 items for $20 at 25 degrees, I am 30 years old', {
    now: 0, lang,
  });
}
