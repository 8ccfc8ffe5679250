/** Options shared by {@link foldText}, `tokenize` and `normalize`. */
export interface FoldOptions {
  /** Strip diacritics ("café" → "cafe") and expand letters that have no decomposition ("ß" → "ss"). Default false. */
  readonly foldAccents?: boolean;
  /** BCP-47 language used for locale-sensitive lower-casing (Turkish dotted/dotless i). Default: locale-neutral. */
  readonly lang?: string;
}

/** Letters that Unicode does not decompose into base + mark but that readers treat as accented variants. */
const LETTER_EXPANSIONS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

const COMBINING_MARKS = /\p{M}+/gu;
const EXPANDABLE = /[ßæœøłđðþı]/gu;
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02bc\uff07]/gu;
/** ASCII text is unchanged by Unicode normalisation and has no accents, letter expansions or typographic apostrophes. */
const ASCII = /^\p{ASCII}*$/u;

/** Turkish and Azeri lower-case "I" to dotless "ı"; every other language uses the locale-neutral mapping. */
function lowerCase(text: string, lang: string | undefined): string {
  if (lang !== undefined && /^(tr|az)\b/i.test(lang)) return text.toLocaleLowerCase(lang);
  return text.toLowerCase();
}

/**
 * Folds one piece of text for comparison: compatibility normalisation (full-width forms, ligatures),
 * lower case, a single apostrophe character, and optionally accent folding.
 */
export function foldText(text: string, options: FoldOptions = {}): string {
  if (ASCII.test(text)) {
    const lowered = lowerCase(text, options.lang);
    // Still ASCII (not Turkish "I" → "ı"): nothing more to fold.
    if (ASCII.test(lowered)) return lowered;
  }
  let folded = lowerCase(text.normalize('NFKC'), options.lang).replace(TYPOGRAPHIC_APOSTROPHES, "'");
  if (options.foldAccents === true) {
    folded = folded
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .replace(EXPANDABLE, (letter) => LETTER_EXPANSIONS[letter] ?? letter)
      .normalize('NFC');
  }
  return folded;
}
