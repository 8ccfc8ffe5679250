import { tokenize, type TokenizeOptions } from '../text/tokenize.js';
import { parseTemplate } from './parseTemplate.js';
import type { Pattern, PatternPart } from './pattern.js';

/** One chunk of an api.ai `userSays` example: plain text, or text annotated with an entity and alias. */
export interface UserSaysChunk {
  readonly text: string;
  readonly alias?: string;
  /** The entity, as `@city`, `@sys.date` or `@agent.city`. */
  readonly meta?: string;
  readonly userDefined?: boolean;
}

/** An api.ai `userSays` entry. Template entries keep `@entity:alias` inside their text. */
export interface UserSays {
  readonly id?: string;
  readonly data: readonly UserSaysChunk[];
  readonly isTemplate?: boolean;
}

function words(text: string, options: TokenizeOptions): PatternPart[] {
  return tokenize(text, options).map((token) => ({ kind: 'word', text: token.text }));
}

/**
 * Compiles a `userSays` entry. Template entries are parsed as templates; in examples, an annotated chunk
 * becomes a slot of its entity that also accepts the annotated words themselves (so an example always
 * matches its own text), and plain chunks are literal words (no `@` syntax).
 */
export function patternFromUserSays(userSays: UserSays, options: TokenizeOptions = {}): Pattern {
  if (userSays.isTemplate === true) return parseTemplate(userSays.data.map((chunk) => chunk.text).join(''), options);
  const parts: PatternPart[] = [];
  // Consecutive plain chunks are read as one text: Dialogflow splits examples around `@sys.ignore` chunks
  // (`I` + `'` + `m` + ` good`), whose words only make sense joined ("I'm good").
  let plain = '';
  for (const chunk of userSays.data) {
    const meta = chunk.meta === undefined ? undefined : /^@([A-Za-z0-9_.-]+)$/.exec(chunk.meta.trim())?.[1];
    // Dialogflow marks chunks that only look like entities with `@sys.ignore`: they are plain words.
    const [reference] = meta === undefined || meta === 'sys.ignore'
      ? []
      : parseTemplate(`@${meta}${chunk.alias === undefined ? '' : `:${chunk.alias}`}`, options);
    if (reference === undefined || (reference.kind !== 'entity' && reference.kind !== 'system')) {
      plain += chunk.text;
      continue;
    }
    parts.push(...words(plain, options), { ...reference, example: words(chunk.text, options) });
    plain = '';
  }
  return [...parts, ...words(plain, options)];
}
