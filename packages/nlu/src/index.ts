export { foldText, type FoldOptions } from './text/foldText.js';
export { tokenize, type Token, type TokenKind, type TokenizeOptions } from './text/tokenize.js';
export { normalize } from './text/normalize.js';
export { parseNumeral } from './text/parseNumeral.js';
