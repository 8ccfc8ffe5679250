// Words of commands and of Thingpedia phrases, normalised the same way so that they can be compared: lower case,
// contractions expanded, a light suffix stemmer (comics → comic, published → publish) and a few synonyms.

/** One token of a command: its text as written (lower case) and its normalised stem. */
export interface Word {
  readonly text: string;
  readonly stem: string;
  /** The word as written (its case; a contraction's parts share it). */
  readonly original: string;
  /** The contents of a quoted string ("…" or “…”), which is one token. */
  readonly quoted?: string;
}

const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  "what's": ['what', 'is'], "there's": ['there', 'is'], "it's": ['it', 'is'], "that's": ['that', 'is'],
  "here's": ['here', 'is'], "i'd": ['i', 'would'], "i'm": ['i', 'am'], "let's": ['let', 'us'], "i'll": ['i', 'will'],
  "you're": ['you', 'are'], "can't": ['can', 'not'], "don't": ['do', 'not'], "doesn't": ['does', 'not'],
  whats: ['what', 'is'], theres: ['there', 'is'],
};

/** Everyday synonyms, stem → the stem it stands for (applied after stemming). */
const SYNONYMS: Readonly<Record<string, string>> = {
  photo: 'picture', image: 'picture', pic: 'picture', pix: 'picture', photograph: 'picture',
  kitty: 'cat', kitten: 'cat',
  newest: 'latest', recent: 'latest', last: 'latest', current: 'latest', most: 'latest',
  dice: 'die',
  article: 'post', entry: 'post',
  strip: 'comic', cartoon: 'comic',
  numb: 'number', num: 'number',
};

function stemOf(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= 3) return word;
  let stem = word;
  if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (/(sses|ches|shes|xes)$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !stem.endsWith('ss') && !stem.endsWith('us') && !stem.endsWith('is')) stem = stem.slice(0, -1);
  else if (stem.endsWith('ing') && stem.length > 5) stem = stem.slice(0, -3);
  else if (stem.endsWith('ed') && stem.length > 4) stem = stem.slice(0, -2);
  if (stem.endsWith('e') && stem.length > 4) stem = stem.slice(0, -1);
  return stem;
}

/** The normalised stem of one lower-case word. */
export function stem(word: string): string {
  const stemmed = stemOf(word);
  return SYNONYMS[stemmed] ?? SYNONYMS[word] ?? stemmed;
}

const TOKEN = /"([^"]*)"|“([^”]*)”|[\p{L}\p{N}]+(?:['’.:][\p{L}\p{N}]+)*|[#,;?!]/gu;

/** The words of a text: quoted strings as one token, punctuation other than `, ; ? ! #` dropped. */
export function words(text: string): Word[] {
  const result: Word[] = [];
  for (const match of text.toLowerCase().matchAll(TOKEN)) {
    const quoted = match[1] ?? match[2];
    if (quoted !== undefined) {
      const original = text.slice(match.index, match.index + match[0].length);
      result.push({ text: match[0], stem: '"', original, quoted: original.slice(1, -1) });
      continue;
    }
    const token = match[0].replace(/’/g, "'");
    const original = text.slice(match.index, match.index + match[0].length);
    const expanded = CONTRACTIONS[token];
    if (expanded !== undefined) {
      for (const part of expanded) result.push({ text: part, stem: stem(part), original });
      continue;
    }
    // possessives: "today's" → "today"; dotted abbreviations: "a.m." → "am"
    const plain = token.endsWith("'s") ? token.slice(0, -2) : /^(?:[a-z]\.)+[a-z]?$/.test(token) ? token.replace(/\./g, '') : token;
    result.push({ text: plain, stem: stem(plain), original: token === plain ? original : plain });
  }
  return result;
}

/** Words that carry little meaning: skipping or adding them costs little. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    'a', 'an', 'the', 'of', 'on', 'in', 'at', 'to', 'for', 'from', 'by', 'with', 'me', 'my', 'i', 'you', 'your', 'it',
    'is', 'are', 'be', 'am', 'some', 'any', 'please', 'can', 'could', 'would', 'will', 'almond', 'hey', 'ok', 'okay',
    'now', 'right', 'just', 'kindly', 'that', 'this', 'these', 'those', 'one', 'do', 'does', 'there', 'us', ',', ';',
    '?', '!', '#', 'u',
  ].map(stem),
);
