import { MEASURE_ENTITIES, recognizeMeasureEntities } from './recognizeMeasureEntities.js';
import { recognizeDateTimeEntities } from './recognizeDateTimeEntities.js';
import { recognizeWordEntities } from './recognizeWordEntities.js';
import { resolveOverlaps } from './resolveOverlaps.js';
import {
  RECOGNIZED_SYSTEM_ENTITIES, type RecognitionContext, type SystemEntityMatch, type SystemEntityName,
} from './systemEntityMatch.js';

const DATE_TIME_ENTITIES: readonly SystemEntityName[] = ['date', 'date-time', 'date-period', 'time', 'time-period', 'duration'];

export interface RecognizeOptions extends RecognitionContext {
  /** Only look for these entities (default: all). Fewer kinds run fewer recognisers. */
  readonly entities?: readonly SystemEntityName[];
  /** Drop overlapping readings ({@link resolveOverlaps}). Default true; false returns every reading. */
  readonly resolveOverlaps?: boolean;
}

/**
 * Finds api.ai system entities in `text` with their api.ai values. Deterministic: the reference time,
 * time zone and language are inputs; without a reference time, dates, times and durations are skipped.
 */
export function recognizeSystemEntities(text: string, options: RecognizeOptions): SystemEntityMatch[] {
  const wanted = new Set<SystemEntityName>(options.entities ?? RECOGNIZED_SYSTEM_ENTITIES);
  const found: SystemEntityMatch[] = [];
  const now = options.now;
  if (now !== undefined && DATE_TIME_ENTITIES.some((entity) => wanted.has(entity))) {
    found.push(...recognizeDateTimeEntities(text, { ...options, now }).filter((match) => wanted.has(match.entity)));
  }
  if (MEASURE_ENTITIES.some((entity) => wanted.has(entity))) {
    found.push(...recognizeMeasureEntities(text, wanted, options.lang));
  }
  found.push(...recognizeWordEntities(text, wanted));
  return options.resolveOverlaps === false ? found : resolveOverlaps(found);
}
