import type { DialogueHistoryItem, DialogueResults, DialogueState, Value } from '../ast/index.js';
import { printRuleBody } from './programs.js';
import { printValue } from './values.js';

function printResult(result: Readonly<Record<string, Value>>): string {
  const fields = Object.entries(result).map(([name, value]) => `${name}=${printValue(value)}`);
  return fields.length === 0 ? '{ }' : `{ ${fields.join(', ')} }`;
}

/**
 * `#[results=[` with one result per line, `]]`, then `#[count=…]` when it is not the number of results,
 * `#[more=true]` and `#[error=…]`, each on its own line.
 */
function printResults(r: DialogueResults): string {
  const lines = ['#[results=[', ...r.results.map((result, i) => `  ${printResult(result)}${i < r.results.length - 1 ? ',' : ''}`), ']]'];
  if (r.count.type !== 'Number' || r.count.value !== r.results.length) lines.push(`#[count=${printValue(r.count)}]`);
  if (r.more) lines.push('#[more=true]');
  if (r.error !== null) lines.push(`#[error=${printValue(r.error)}]`);
  return lines.join('\n');
}

function printHistoryItem(item: DialogueHistoryItem): string {
  const statement = printRuleBody(item.statement);
  if (item.results !== null) return `${statement}\n${printResults(item.results)};`;
  if (item.confirm !== 'accepted') return `${statement}\n#[confirm=enum(${item.confirm})];`;
  return `${statement};`;
}

/** A dialogue state as thingtalk 1.10 prints it: the dialogue act, then each statement with its results. */
export function printDialogueState(d: DialogueState): string {
  const param = d.dialogueActParam !== null ? `(${d.dialogueActParam.join(', ')})` : '';
  return [`$dialogue @${d.policy}.${d.dialogueAct}${param};`, ...d.history.map(printHistoryItem)].join('\n');
}
