import type { Input, Library } from '../ast/index.js';
import { printBookkeeping } from './bookkeeping.js';
import { printClass } from './classes.js';
import { printDataset } from './datasets.js';
import { printDialogueState } from './dialogues.js';
import { printPermissionRule } from './permissions.js';
import { printProgram } from './programs.js';

function printLibrary(l: Library): string {
  return [...l.classes.map(printClass), ...l.datasets.map(printDataset)].join('\n');
}

/**
 * The canonical form of a program, permission rule, library, bookkeeping command or dialogue state.
 * `parse(print(x))` deep-equals `x`, and `print(parse(text))` is a fixed point.
 */
export function print(input: Input): string {
  switch (input.type) {
    case 'Program':
      return printProgram(input);
    case 'PermissionRule':
      return printPermissionRule(input);
    case 'Library':
      return printLibrary(input);
    case 'Bookkeeping':
      return printBookkeeping(input);
    case 'DialogueState':
      return printDialogueState(input);
  }
}
