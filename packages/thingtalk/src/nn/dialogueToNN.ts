import type { DialogueHistoryItem, DialogueResults, DialogueState } from '../ast/index.js';
import { EMPTY_SCOPE } from '../typecheck/scope.js';
import type { NNWriter } from './nnWriter.js';
import { statementToNN } from './toNN.js';
import { valueToNN } from './valueToNN.js';

/** `#[ results = [ { param:a = v , … } , … ] ] [#[ count = v ]] [#[ more = true ]] [#[ error = v ]]`. */
function resultsToNN(w: NNWriter, r: DialogueResults): string[] {
  const results = r.results.flatMap((result, i) => [...(i > 0 ? [','] : []), ...valueToNN(w, { type: 'Object', value: result }, EMPTY_SCOPE)]);
  const tokens = ['#[', 'results', '=', '[', ...results, ']', ']'];
  if (r.count.type !== 'Number' || r.count.value !== r.results.length) tokens.push('#[', 'count', '=', ...valueToNN(w, r.count, EMPTY_SCOPE), ']');
  if (r.more) tokens.push('#[', 'more', '=', 'true', ']');
  if (r.error !== null) tokens.push('#[', 'error', '=', ...valueToNN(w, r.error, EMPTY_SCOPE), ']');
  return tokens;
}

function historyItemToNN(w: NNWriter, item: DialogueHistoryItem): string[] {
  const tokens = statementToNN(w, item.statement);
  if (item.results !== null) tokens.push(...resultsToNN(w, item.results));
  else if (item.confirm !== 'accepted') tokens.push('#[', 'confirm', '=', `enum:${item.confirm}`, ']');
  tokens.push(';');
  return tokens;
}

/** `$dialogue @policy.act [param:a , …] ; item ; …` (the act's parameters sorted, as thingtalk 1.10 writes them). */
export function dialogueStateToNN(w: NNWriter, d: DialogueState): string[] {
  const params = [...(d.dialogueActParam ?? [])].sort().flatMap((name, i) => [...(i > 0 ? [','] : []), `param:${name}`]);
  return ['$dialogue', `@${d.policy}.${d.dialogueAct}`, ...params, ';', ...d.history.flatMap((item) => historyItemToNN(w, item))];
}
