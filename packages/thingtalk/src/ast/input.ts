import type { Bookkeeping } from './bookkeeping.js';
import type { DialogueState } from './dialogues.js';
import type { Library } from './library.js';
import type { PermissionRule } from './permissions.js';
import type { Program } from './programs.js';

/**
 * Anything `parse` accepts: a program, a permission rule, a library of classes/datasets, a bookkeeping command or
 * a dialogue state.
 */
export type Input = Program | PermissionRule | Library | Bookkeeping | DialogueState;

export type InputType = Input['type'];
