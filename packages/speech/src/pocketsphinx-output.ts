/** One word (or `<sil>`, `[NOISE]`…) of a pocketsphinx `-time yes` alignment, in seconds. */
export interface AlignedWord {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const SEGMENT = /^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/;
const NON_WORD = /^(<.*>|\[.*\]|\+\+.*\+\+)$/;

/**
 * Parses what `pocketsphinx_continuous -time yes` prints: for each utterance a hypothesis line, then one
 * `word start end posterior` line per segment. Returns the segments of all utterances.
 */
export function parseAlignment(stdout: string): AlignedWord[] {
  const segments: AlignedWord[] = [];
  for (const line of stdout.split('\n')) {
    const match = SEGMENT.exec(line.trim());
    if (match?.[1] && match[2] && match[3]) {
      segments.push({ word: match[1], start: Number(match[2]), end: Number(match[3]) });
    }
  }
  return segments;
}

/** The spoken words of an alignment (silences, fillers and sentence markers left out), variant marks removed. */
export function spokenText(segments: readonly AlignedWord[]): string {
  return segments
    .map((segment) => segment.word.replace(/\(\d+\)$/, ''))
    .filter((word) => !NON_WORD.test(word))
    .join(' ');
}

/** The longest silence of the alignment in seconds. */
export function longestSilence(segments: readonly AlignedWord[]): number {
  return segments
    .filter((segment) => segment.word === '<sil>')
    .reduce((longest, segment) => Math.max(longest, segment.end - segment.start), 0);
}
