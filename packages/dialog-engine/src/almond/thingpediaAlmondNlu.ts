import type { ExemplarMatcher } from '@parley/nlu';
import type { AlmondCandidate, AlmondNlu } from './almondStepContext.js';
import { controlCandidates, exemplarCandidates, recognizerContext } from './exemplarAlmondNlu.js';
import type { Lexicon } from './language/buildLexicon.js';
import { parseAlmondCommand } from './language/parseAlmondCommand.js';

export interface ThingpediaAlmondNluOptions {
  /** The phrases of the installed devices (`buildLexicon` of their classes and datasets). */
  readonly lexicon: Lexicon;
  /** The dataset exemplars (`compileExemplars`), the fallback for paraphrases the construct templates miss. */
  readonly matcher: ExemplarMatcher;
  readonly now?: number;
  readonly timeZone?: string;
  readonly lang?: string;
}

/** From this calibrated score on, the agent acts on a reading without asking. */
const CONFIDENT_SCORE = 0.5;
/** Exemplar matches come after the parser's readings, their scores scaled down by this factor. */
const FALLBACK_WEIGHT = 0.5;

/**
 * The Almond NLU over the installed devices: control phrases, choices and lone values first; then the readings of
 * the compositional parser (`parseAlmondCommand`), scored 0…1 and marked `confident` from `CONFIDENT_SCORE` (a
 * reading that is also an exact dataset match scores `"Infinity"`, as in almond-cloud, and comes first); then the
 * dataset exemplars that add other programs (paraphrases the templates do not cover), never confident.
 */
export function createThingpediaAlmondNlu(options: ThingpediaAlmondNluOptions): AlmondNlu {
  const context = recognizerContext(options);
  return {
    parse(text, nluOptions) {
      const control = controlCandidates(text, nluOptions, context);
      if (control !== null) return control;
      const exemplars = exemplarCandidates(options.matcher, text, context);
      const exact = new Set(exemplars.flatMap((candidate) => (candidate.score === 'Infinity' ? [candidate.code] : [])));
      const parsed: AlmondCandidate[] = parseAlmondCommand(options.lexicon, text)
        .map((reading): AlmondCandidate => ({
          code: reading.code,
          score: exact.has(reading.code) ? 'Infinity' : reading.score,
          confident: exact.has(reading.code) || reading.score >= CONFIDENT_SCORE,
        }))
        .sort((a, b) => Number(b.score === 'Infinity') - Number(a.score === 'Infinity'));
      const seen = new Set(parsed.map((candidate) => candidate.code));
      const fallback = exemplars.flatMap((candidate): AlmondCandidate[] => {
        if (typeof candidate.code !== 'string' || seen.has(candidate.code)) return [];
        seen.add(candidate.code);
        const score = candidate.score === 'Infinity' ? 1 : candidate.score;
        return [{ code: candidate.code, score: score * FALLBACK_WEIGHT, confident: false }];
      });
      return [...parsed, ...fallback];
    },
  };
}
