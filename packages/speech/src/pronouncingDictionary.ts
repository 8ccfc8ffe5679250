import { readFile } from 'node:fs/promises';

/** A pocketsphinx pronouncing dictionary (CMUdict format: `word PH ONES`, variants `word(2)`). */
export class PronouncingDictionary {
  private constructor(private readonly entries: ReadonlyMap<string, readonly string[]>) {}

  static async load(path: string): Promise<PronouncingDictionary> {
    return PronouncingDictionary.parse(await readFile(path, 'utf8'));
  }

  static parse(text: string): PronouncingDictionary {
    const entries = new Map<string, string[]>();
    for (const line of text.split('\n')) {
      const head = line.split(' ', 1)[0];
      if (!head) continue;
      const word = head.replace(/\(\d+\)$/, '');
      const lines = entries.get(word);
      if (lines === undefined) entries.set(word, [line]);
      else lines.push(line);
    }
    return new PronouncingDictionary(entries);
  }

  /** This dictionary with the pronunciations (word → CMU phones) of words it lacks; the words it has stay as they are. */
  withPronunciations(pronunciations: ReadonlyMap<string, string>): PronouncingDictionary {
    const entries = new Map(this.entries);
    for (const [word, phones] of pronunciations) if (!entries.has(word)) entries.set(word, [`${word} ${phones}`]);
    return new PronouncingDictionary(entries);
  }

  /**
   * This dictionary with other pronunciations (word → CMU phones) of words it has, as variants `word(n)`: an accent's
   * way of saying them (British "garage" G AE R IH JH). Pronunciations it already lists, and words it lacks, are
   * left out.
   */
  withVariants(pronunciations: ReadonlyMap<string, string>): PronouncingDictionary {
    const entries = new Map(this.entries);
    for (const [word, phones] of pronunciations) {
      const lines = entries.get(word);
      if (lines === undefined || lines.some((line) => phonesOf(line) === phones)) continue;
      entries.set(word, [...lines, `${word}(${lines.length + 1}) ${phones}`]);
    }
    return new PronouncingDictionary(entries);
  }

  has(word: string): boolean {
    return this.entries.has(word);
  }

  /**
   * The dictionary lines of just these words (with their variants), for a decoder that only needs a grammar's
   * words: loading a few lines instead of the whole CMUdict shortens its start.
   */
  subset(words: Iterable<string>): string {
    const lines: string[] = [];
    for (const word of new Set(words)) lines.push(...(this.entries.get(word) ?? []));
    return `${lines.join('\n')}\n`;
  }
}

/** The phones of a dictionary line (`word(2) PH ONES` → `PH ONES`), spacing normalised. */
function phonesOf(line: string): string {
  return line.trim().split(/\s+/).slice(1).join(' ');
}
