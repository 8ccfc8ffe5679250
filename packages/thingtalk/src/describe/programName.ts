// Short program names from the devices they use, in order, e.g. "Xkcd ⇒ Yandex Translate ⇒ Notification"
// (TT `describe.js` getProgramName).
import type { Action, Predicate, Program, Stream, Table } from '../ast/index.js';
import { capitalizeWords, cleanKind, cleanName } from './cleanName.js';

const BUILTIN_KINDS = ['org.thingpedia.builtin.thingengine.builtin', 'org.thingpedia.builtin.thingengine.remote'];

function nameOfKind(kind: string, channel: string): string {
  return BUILTIN_KINDS.includes(kind) ? capitalizeWords(cleanName(channel)) : capitalizeWords(cleanKind(kind));
}

function predicateNames(predicate: Predicate, out: string[]): void {
  switch (predicate.type) {
    case 'And':
    case 'Or':
      for (const operand of predicate.operands) predicateNames(operand, out);
      return;
    case 'Not':
      predicateNames(predicate.expr, out);
      return;
    case 'External':
      out.push(nameOfKind(predicate.selector.kind, predicate.channel));
      predicateNames(predicate.filter, out);
      return;
    default:
      return;
  }
}

function tableNames(table: Table, out: string[]): void {
  switch (table.type) {
    case 'Invocation':
      out.push(nameOfKind(table.invocation.selector.kind, table.invocation.channel));
      return;
    case 'VarRef':
      out.push(cleanName(table.name));
      return;
    case 'Join':
      tableNames(table.lhs, out);
      tableNames(table.rhs, out);
      return;
    case 'Filter':
      tableNames(table.table, out);
      predicateNames(table.filter, out);
      return;
    default:
      tableNames(table.table, out);
  }
}

function streamNames(stream: Stream, out: string[]): void {
  switch (stream.type) {
    case 'Timer':
    case 'AtTimer':
      return;
    case 'Monitor':
      tableNames(stream.table, out);
      return;
    case 'VarRef':
      out.push(cleanName(stream.name));
      return;
    case 'Join':
      streamNames(stream.stream, out);
      tableNames(stream.table, out);
      return;
    case 'EdgeFilter':
    case 'Filter':
      streamNames(stream.stream, out);
      predicateNames(stream.filter, out);
      return;
    default:
      streamNames(stream.stream, out);
  }
}

function actionName(action: Action): string {
  if (action.type === 'Notify') return 'Notification';
  if (action.type === 'VarRef') return cleanName(action.name);
  return nameOfKind(action.invocation.selector.kind, action.invocation.channel);
}

export function programName(program: Program): string {
  const names: string[] = [];
  for (const statement of program.statements) {
    if (statement.type === 'Rule') streamNames(statement.stream, names);
    else if (statement.table !== null) tableNames(statement.table, names);
    if (statement.type !== 'Assignment') names.push(...statement.actions.map(actionName));
  }
  for (const choice of program.oninputs) {
    if (choice.table !== null) tableNames(choice.table, names);
    names.push(...choice.actions.map(actionName));
  }
  return names.join(' ⇒ ');
}
