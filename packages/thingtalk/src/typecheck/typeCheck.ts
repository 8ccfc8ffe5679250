import type { Input } from '../ast/index.js';
import type { SchemaRetriever } from '../schema/schemaRetriever.js';
import type { CheckContext } from './context.js';
import { checkDialogueState } from './dialogues.js';
import { checkLibrary } from './library.js';
import { checkPermissionRule } from './permissions.js';
import { checkProgram } from './programs.js';
import { EMPTY_SCOPE } from './scope.js';
import type { Slot } from './slots.js';
import { typeError } from './typeError.js';
import { typeOfValue } from './valueType.js';

export interface TypeCheckOptions {
  /**
   * Reject programs that still have slots: `$?` values or primitives without a selected device
   * (what `/apps/create` requires). Default false.
   */
  readonly requireComplete?: boolean;
}

function describeSlot(slot: Slot): string {
  if (slot.type === 'device') return `Missing device selection for @${slot.kind}.${slot.channel}`;
  const owner = slot.kind !== null && slot.channel !== null ? ` of @${slot.kind}.${slot.channel}` : '';
  return `Missing value for ${slot.name}${owner}`;
}

/** Runs the checker; returns the completed input and its slots in dialog order. */
export function checkInput<T extends Input>(input: T, schemas: SchemaRetriever): { input: T; slots: Slot[] } {
  const ctx: CheckContext = { schemas, declarations: new Map(), slots: [] };
  let checked: Input;
  switch (input.type) {
    case 'Program':
      checked = checkProgram(ctx, input, EMPTY_SCOPE, []);
      break;
    case 'Library':
      checked = checkLibrary(ctx, input);
      break;
    case 'PermissionRule':
      checked = checkPermissionRule(ctx, input);
      break;
    case 'Bookkeeping':
      if (input.intent.type === 'Answer') typeOfValue(input.intent.value, EMPTY_SCOPE);
      checked = input;
      break;
    case 'DialogueState':
      checked = checkDialogueState(ctx, input);
      break;
  }
  return { input: checked as T, slots: ctx.slots };
}

/**
 * Type-checks a program, permission rule, library, bookkeeping command or dialogue state against the class
 * definitions.
 * Returns the input completed the way thingtalk 1.x does it: every missing required input parameter is
 * added as `$?`. Throws ThingTalkTypeError (name `TypeError`) with a message such as
 * `Class com.xkcd has no query nope`.
 */
export function typeCheck<T extends Input>(input: T, schemas: SchemaRetriever, options: TypeCheckOptions = {}): T {
  const { input: checked, slots } = checkInput(input, schemas);
  const [first] = slots;
  if (options.requireComplete === true && first !== undefined) typeError(describeSlot(first));
  return checked;
}
