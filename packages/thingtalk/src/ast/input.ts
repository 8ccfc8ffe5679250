import type { Bookkeeping } from './bookkeeping.js';
import type { Library } from './library.js';
import type { PermissionRule } from './permissions.js';
import type { Program } from './programs.js';

/** Anything `parse` accepts: a program, a permission rule, a library of classes/datasets, or a bookkeeping command. */
export type Input = Program | PermissionRule | Library | Bookkeeping;

export type InputType = Input['type'];
