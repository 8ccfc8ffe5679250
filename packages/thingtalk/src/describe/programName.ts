// Short program names from the functions a program calls, in the order thingtalk 1.10 visits them
// (`describe.js` getProgramName over `iteratePrimitives(true)`): "Xkcd ⇒ Yandex Translate".
// `notify`/`return` are not functions and add nothing; a program that calls nothing (a bare timer) has the name "".
import type { Action, Declaration, Predicate, Program, Stream, Table } from '../ast/index.js';
import { capitalizeWords, cleanKind, cleanName } from './cleanName.js';

/** A Thingpedia function is named after its device; one of the engine's own devices after the function. */
function nameOfFunction(kind: string, channel: string): string {
  const device = cleanKind(kind);
  if (device === 'builtin' || device === 'remote') return capitalizeWords(cleanName(channel));
  return capitalizeWords(device);
}

/**
 * A declared function called by name keeps its name, uncapitalized. External predicates are named after their
 * device (the reference throws a TypeError on them: it reads a `name` that the node does not have).
 */
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
      out.push(nameOfFunction(predicate.selector.kind, predicate.channel));
      predicateNames(predicate.filter, out);
      return;
    default:
      return;
  }
}

function tableNames(table: Table, out: string[]): void {
  switch (table.type) {
    case 'Invocation':
      out.push(nameOfFunction(table.invocation.selector.kind, table.invocation.channel));
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

function actionNames(actions: readonly Action[], out: string[]): void {
  for (const action of actions) {
    if (action.type === 'VarRef') out.push(cleanName(action.name));
    else if (action.type === 'Invocation') out.push(nameOfFunction(action.invocation.selector.kind, action.invocation.channel));
  }
}

/** Declared programs and procedures are a scope of their own: their calls are not the program's. */
function declarationNames(declaration: Declaration, out: string[]): void {
  switch (declaration.kind) {
    case 'stream':
      streamNames(declaration.value, out);
      return;
    case 'query':
      tableNames(declaration.value, out);
      return;
    case 'action':
      actionNames([declaration.value], out);
      return;
    default:
      return;
  }
}

/** Declarations first, then the statements, then the `oninput` choices, each in source order. */
export function programName(program: Program): string {
  const names: string[] = [];
  for (const declaration of program.declarations) declarationNames(declaration, names);
  for (const statement of program.statements) {
    if (statement.type === 'Rule') streamNames(statement.stream, names);
    else if (statement.table !== null) tableNames(statement.table, names);
    if (statement.type !== 'Assignment') actionNames(statement.actions, names);
  }
  for (const choice of program.oninputs) {
    if (choice.table !== null) tableNames(choice.table, names);
    actionNames(choice.actions, names);
  }
  return names.join(' ⇒ ');
}
