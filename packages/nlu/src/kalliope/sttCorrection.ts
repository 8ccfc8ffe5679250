/** One speech-to-text correction of an order signal: every occurrence of `input` becomes `output`. */
export interface SttCorrection {
  readonly input: string;
  readonly output: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Both keys are stringified and lower-cased; an entry missing a key changes nothing and is dropped. */
function correctionOf(entry: unknown): SttCorrection | undefined {
  if (!isRecord(entry) || entry['input'] === undefined || entry['output'] === undefined) return undefined;
  return { input: String(entry['input']).toLowerCase(), output: String(entry['output']).toLowerCase() };
}

/**
 * The corrections of one signal: the `stt-correction-file` entries, then the inline ones; an inline entry
 * replaces a file entry with the same `input` (docs/protocols/kalliope.md §3.3).
 */
export function mergeSttCorrections(fileEntries: readonly unknown[], inlineEntries: readonly unknown[]): SttCorrection[] {
  const inline = inlineEntries.map(correctionOf).filter((entry) => entry !== undefined);
  const overridden = new Set(inline.map((entry) => entry.input));
  const fromFile = fileEntries
    .map(correctionOf)
    .filter((entry) => entry !== undefined && !overridden.has(entry.input)) as SttCorrection[];
  return [...fromFile, ...inline];
}

/**
 * Applies the corrections in order: when `input` is a substring of the order, every occurrence is replaced
 * (multi-word inputs allowed, not word-bounded).
 */
export function applySttCorrections(order: string, corrections: readonly SttCorrection[]): string {
  let corrected = order;
  for (const { input, output } of corrections) {
    if (input !== '' && corrected.includes(input)) corrected = corrected.split(input).join(output);
  }
  return corrected;
}
