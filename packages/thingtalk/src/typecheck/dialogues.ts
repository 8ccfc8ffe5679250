import type { DialogueHistoryItem, DialogueState, Value } from '../ast/index.js';
import { printValue } from '../printer/values.js';
import { isAssignable } from './assignable.js';
import type { CheckContext } from './context.js';
import { checkRule } from './programs.js';
import { EMPTY_SCOPE } from './scope.js';
import type { SlotPath } from './slots.js';
import { typeError } from './typeError.js';
import { typeOfValue } from './valueType.js';

const NOT_CONSTANT = new Set<Value['type']>(['VarRef', 'Event', 'Undefined', 'Computation', 'Filter', 'ArrayField', 'ContextRef']);

function isConstant(v: Value): boolean {
  if (v.type === 'Array') return v.value.every(isConstant);
  if (v.type === 'Object') return Object.values(v.value).every(isConstant);
  return !NOT_CONSTANT.has(v.type);
}

function checkHistoryItem(ctx: CheckContext, item: DialogueHistoryItem, path: SlotPath): DialogueHistoryItem {
  const statement = checkRule(ctx, item.statement, EMPTY_SCOPE, path);
  const { results } = item;
  if (results !== null) {
    if (!isConstant(results.count) || !isAssignable(typeOfValue(results.count, EMPTY_SCOPE), { kind: 'Number' })) {
      typeError('History annotation #[count] must be a constant of Number type');
    }
    if (results.error !== null && (!isConstant(results.error) || !isAssignable(typeOfValue(results.error, EMPTY_SCOPE), { kind: 'String' }))) {
      typeError('History annotation #[error] must be a constant of String type');
    }
    for (const result of results.results) {
      for (const value of Object.values(result)) {
        if (!isConstant(value)) typeError(`Program results must be constants, found ${printValue(value)}`);
        typeOfValue(value, EMPTY_SCOPE);
      }
    }
  }
  return { ...item, statement };
}

/** Checks each statement of the history as a program of its own, and that results, count and error are constants. */
export function checkDialogueState(ctx: CheckContext, state: DialogueState): DialogueState {
  return { ...state, history: state.history.map((item, i) => checkHistoryItem(ctx, item, ['history', i, 'statement'])) };
}
