import { ENGINES } from './engines.js';
import { runEngine } from './runEngine.js';

/**
 * espeak-ng's English phoneme mnemonics (`espeak-ng -x`) → CMU (pocketsphinx en-us) phones. A word with a phoneme
 * missing here gets no pronunciation rather than a wrong one.
 */
const CMU_PHONES: Readonly<Record<string, readonly string[]>> = {
  p: ['P'], b: ['B'], t: ['T'], t2: ['T'], 't#': ['T'], d: ['D'], d2: ['D'], k: ['K'], g: ['G'], x: ['K'],
  f: ['F'], v: ['V'], T: ['TH'], D: ['DH'], s: ['S'], z: ['Z'], S: ['SH'], Z: ['ZH'], h: ['HH'],
  tS: ['CH'], dZ: ['JH'], m: ['M'], n: ['N'], N: ['NG'], l: ['L'], r: ['R'], j: ['Y'], w: ['W'],
  'n-': ['AH', 'N'], 'l-': ['AH', 'L'], 'm-': ['AH', 'M'],
  a: ['AE'], 'a#': ['AE'], aa: ['AE'], 'A:': ['AA'], 'A@': ['AA', 'R'], '0': ['AA'], V: ['AH'],
  '@': ['AH'], '@2': ['AH'], '@5': ['AH'], '@L': ['AH', 'L'], '3': ['ER'], '3:': ['ER'],
  E: ['EH'], 'e@': ['EH', 'R'], I: ['IH'], I2: ['IH'], 'I#': ['IH'], i: ['IY'], 'i:': ['IY'], 'i@': ['IY', 'R'],
  'i@3': ['IY', 'R'], 'O:': ['AO'], O: ['AO'], 'O@': ['AO', 'R'], 'o@': ['AO', 'R'], U: ['UH'], 'u:': ['UW'],
  'U@': ['UH', 'R'], aI: ['AY'], 'aI@': ['AY', 'ER'], aI3: ['AY', 'ER'], aU: ['AW'], 'aU@': ['AW', 'ER'],
  eI: ['EY'], OI: ['OY'], oU: ['OW'], '@U': ['OW'],
};

/** Stress and syllable marks espeak-ng writes around phonemes. */
const MARKS = /^[',%=]+|[;]+$/g;

/**
 * Pronunciations of `words` (lower-case, one token each) in CMU phones as the espeak-ng voice says them, from one
 * espeak-ng run: a fallback for words the pronouncing dictionary lacks, and accent variants (en-gb) of those it has.
 */
export async function espeakPronunciations(words: readonly string[], voice: string): Promise<Map<string, string>> {
  const pronunciations = new Map<string, string>();
  if (words.length === 0) return pronunciations;
  // One sentence per word, so that espeak-ng writes one line per word.
  const { stdout } = await runEngine(ENGINES.espeakNg, ['-v', voice, '-q', '-x', '--sep= ', '--stdin'], {
    input: words.map((word) => `${word}.`).join('\n'),
  });
  const lines = stdout.toString('utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length !== words.length) return pronunciations;
  words.forEach((word, index) => {
    const phones = toCmuPhones(lines[index] ?? '');
    if (phones !== undefined) pronunciations.set(word, phones.join(' '));
  });
  return pronunciations;
}

function toCmuPhones(espeak: string): string[] | undefined {
  const phones: string[] = [];
  for (const token of espeak.split(/\s+/)) {
    const phoneme = token.replace(MARKS, '');
    if (phoneme === '') continue;
    const cmu = CMU_PHONES[phoneme];
    if (cmu === undefined) return undefined;
    phones.push(...cmu);
  }
  return phones.length === 0 ? undefined : phones;
}
