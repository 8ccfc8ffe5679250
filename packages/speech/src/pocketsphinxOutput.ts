/** One word (or `<sil>`, `[NOISE]`, `(NULL)`…) of a pocketsphinx alignment, in seconds. */
interface AlignedWord {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** The word's acoustic log-likelihood (log base 1.0001, relative to each frame's best senone). */
  readonly acousticScore: number;
}

const NON_WORD = /^(<.*>|\[.*\]|\+\+.*\+\+|\(NULL\))$/;

/** The spoken words of an alignment (silences, fillers and sentence markers left out), variant marks removed. */
export function spokenText(segments: readonly AlignedWord[]): string {
  return segments
    .map((segment) => segment.word.replace(/\(\d+\)$/, ''))
    .filter((word) => !NON_WORD.test(word))
    .join(' ');
}

/**
 * The longest silence between two spoken words, and the longest stretch of non-words (silence, fillers) before the
 * first or after the last word, in seconds; both Infinity without a spoken word.
 */
export function silences(segments: readonly AlignedWord[]): { inner: number; edge: number } {
  const spoken = segments.map((segment) => !NON_WORD.test(segment.word.replace(/\(\d+\)$/, '')));
  const first = spoken.indexOf(true);
  const last = spoken.lastIndexOf(true);
  if (first < 0) return { inner: Infinity, edge: Infinity };
  const duration = (from: number, to: number) =>
    segments.slice(from, to).reduce((sum, segment) => sum + segment.end - segment.start, 0);
  const inner = segments
    .slice(first, last + 1)
    .filter((segment) => segment.word === '<sil>')
    .reduce((longest, segment) => Math.max(longest, segment.end - segment.start), 0);
  return { inner, edge: Math.max(duration(0, first), duration(last + 1, segments.length)) };
}

/**
 * The lowest acoustic score per 10 ms frame of a spoken word (silences and fillers left out), -Infinity without a
 * spoken word: one word that fits the audio badly marks a phrase forced onto other speech.
 */
export function worstWordScorePerFrame(segments: readonly AlignedWord[]): number {
  const scores = segments
    .filter((segment) => !NON_WORD.test(segment.word.replace(/\(\d+\)$/, '')))
    .map((segment) => segment.acousticScore / Math.max(1, Math.round((segment.end - segment.start) * FRAMES_PER_SECOND)));
  return scores.length === 0 ? -Infinity : Math.min(...scores);
}

/** One line of a pocketsphinx `-hypseg` file: the utterance id and its word alignment. */
export interface HypothesisLine {
  readonly utterance: string;
  readonly words: readonly AlignedWord[];
  /** The path's acoustic log-likelihood (pocketsphinx log base 1.0001; 0 without a hypothesis). */
  readonly acousticScore: number;
  /** Frames (10 ms) the decoder searched. */
  readonly frames: number;
}

const FRAMES_PER_SECOND = 100;
const HEADER_TOKENS = 9;

/**
 * Parses `uttid S score T total A acoustic L language (startFrame acoustic language word)* endFrame`, the line
 * `pocketsphinx_batch -hypseg` writes per utterance; a word ends where the next one starts. Returns undefined for a
 * line of another shape.
 */
export function parseHypsegLine(line: string): HypothesisLine | undefined {
  const tokens = line.trim().split(/\s+/);
  const [utterance, s, , t, , a, acoustic, l] = tokens;
  if (utterance === undefined || s !== 'S' || t !== 'T' || a !== 'A' || l !== 'L') return undefined;
  const rest = tokens.slice(HEADER_TOKENS);
  if (rest.length % 4 !== 1) return undefined;
  const words: AlignedWord[] = [];
  for (let index = 0; index + 4 < rest.length; index += 4) {
    const word = rest[index + 3] ?? '';
    const start = Number(rest[index]) / FRAMES_PER_SECOND;
    const end = Number(rest[index + 4]) / FRAMES_PER_SECOND;
    const acousticScore = Number(rest[index + 1]);
    if (!Number.isFinite(start) || !Number.isFinite(end) || !Number.isFinite(acousticScore)) return undefined;
    words.push({ word, start, end, acousticScore });
  }
  const frames = Number(rest[rest.length - 1]);
  return { utterance, words, acousticScore: Number(acoustic), frames };
}
