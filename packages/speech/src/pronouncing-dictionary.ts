import { readFile } from 'node:fs/promises';

/** The words a pocketsphinx pronouncing dictionary (CMUdict format: `word PH ONES`, variants `word(2)`) knows. */
export class PronouncingDictionary {
  private constructor(private readonly words: ReadonlySet<string>) {}

  static async load(path: string): Promise<PronouncingDictionary> {
    const text = await readFile(path, 'utf8');
    const words = new Set<string>();
    for (const line of text.split('\n')) {
      const head = line.split(' ', 1)[0];
      if (head) words.add(head.replace(/\(\d+\)$/, ''));
    }
    return new PronouncingDictionary(words);
  }

  static of(words: Iterable<string>): PronouncingDictionary {
    return new PronouncingDictionary(new Set(words));
  }

  has(word: string): boolean {
    return this.words.has(word);
  }
}
