import { GIVEN_NAMES } from './givenNames.js';
import type { SystemEntityName } from './systemEntityMatch.js';

/** Value → the English phrases that say it. The value is what api.ai returns (docs/protocols/apiai.md §4). */
type Lexicon = Readonly<Record<string, readonly string[]>>;

const ACTIONS: Readonly<Partial<Record<SystemEntityName, Lexicon>>> = {
  'on-off': {
    on: ['on', 'turn on', 'switch on', 'turn it on', 'switch it on', 'power on', 'enable', 'activate'],
    off: ['off', 'turn off', 'switch off', 'turn it off', 'switch it off', 'power off', 'shut off', 'disable', 'deactivate'],
  },
  'lock-unlock': { lock: ['lock', 'lock up', 'locked'], unlock: ['unlock', 'unlocked', 'unbolt'] },
  'next-previous': { next: ['next', 'following', 'skip'], previous: ['previous', 'prev', 'preceding', 'prior'] },
  'play-pause': { play: ['play', 'resume', 'unpause'], pause: ['pause', 'hold'] },
  'start-stop': { start: ['start', 'begin', 'launch', 'kick off'], stop: ['stop', 'end', 'halt', 'finish', 'quit'] },
};

/** Colour names (CSS basic and common extended names); spelling variants map to one value. */
const COLORS: Lexicon = Object.fromEntries([
  ...['red', 'green', 'blue', 'yellow', 'orange', 'purple', 'pink', 'brown', 'black', 'white', 'gray', 'cyan',
    'magenta', 'violet', 'indigo', 'turquoise', 'beige', 'maroon', 'navy', 'olive', 'teal', 'lime', 'aqua',
    'silver', 'gold', 'coral', 'salmon', 'crimson', 'lavender', 'khaki', 'ivory', 'tan', 'fuchsia', 'plum',
    'orchid', 'mint', 'peach', 'burgundy', 'amber', 'azure', 'cream', 'charcoal', 'navy blue', 'sky blue',
    'light blue', 'dark blue', 'light green', 'dark green', 'dark red', 'light gray', 'dark gray']
    .map((color): [string, string[]] => [color, [color]]),
  ['gray', ['gray', 'grey']],
  ['light gray', ['light gray', 'light grey']],
  ['dark gray', ['dark gray', 'dark grey']],
]);

/** Lexicons of the system entities recognised by word lists. */
export const WORD_ENTITY_LEXICONS: Readonly<Partial<Record<SystemEntityName, Lexicon>>> = {
  ...ACTIONS,
  color: COLORS,
  'given-name': Object.fromEntries(GIVEN_NAMES.map((name) => [name, [name.toLowerCase()]])),
};
