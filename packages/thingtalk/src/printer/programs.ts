import type { Command, Declaration, LambdaArg, OnInputChoice, Program, Rule, Statement } from '../ast/index.js';
import { printActionList, printAction } from './actions.js';
import { printAnnotations } from './annotations.js';
import { printClass } from './classes.js';
import { printStream } from './streams.js';
import { printTable } from './tables.js';
import { printType } from './types.js';
import { printValue } from './values.js';

/** `(p : Type, …)`. */
export function printLambdaArgs(args: readonly LambdaArg[]): string {
  return `(${args.map((a) => `${a.name} : ${printType(a.type)}`).join(', ')})`;
}

/** A command or rule without the final `;`. */
export function printRuleBody(s: Command | Rule): string {
  if (s.type === 'Rule') return `${printStream(s.stream)} => ${printActionList(s.actions)}`;
  return s.table !== null
    ? `now => ${printTable(s.table)} => ${printActionList(s.actions)}`
    : `now => ${printActionList(s.actions)}`;
}

function printStatement(s: Statement): string {
  if (s.type === 'Assignment') return `let result ${s.name} := ${printTable(s.table)};`;
  return `${printRuleBody(s)};`;
}

function printDeclaration(d: Declaration): string {
  let body: string;
  switch (d.kind) {
    case 'stream':
      body = printStream(d.value);
      break;
    case 'query':
      body = printTable(d.value);
      break;
    case 'action':
      body = printAction(d.value);
      break;
    default:
      body = printProgramBlock(d.value);
  }
  const args = d.args.length > 0 ? printLambdaArgs(d.args) : '';
  return `let ${d.kind} ${d.name}${args} := ${body}${printAnnotations(d.annotations)};`;
}

function printOnInputChoice(choice: OnInputChoice): string {
  const table = choice.table !== null ? `${printTable(choice.table)} => ` : '';
  return `${table}${printActionList(choice.actions)}${printAnnotations(choice.annotations)};`;
}

function printProgramLines(p: Program): string[] {
  const lines: string[] = [];
  for (const c of p.classes) lines.push(printClass(c));
  for (const d of p.declarations) lines.push(printDeclaration(d));
  for (const s of p.statements) lines.push(printStatement(s));
  if (p.oninputs.length > 0) lines.push(`oninput => { ${p.oninputs.map(printOnInputChoice).join(' ')} }`);
  return lines;
}

/** `{ statements }` on one line (declaration bodies). */
export function printProgramBlock(p: Program): string {
  return `{ ${printProgramLines(p).join(' ')} }`;
}

/** A program: one top-level element per line; remote programs as `executor = v : { … }`. */
export function printProgram(p: Program): string {
  const lines = printProgramLines(p);
  if (p.principal === null) return lines.join('\n');
  return `executor = ${printValue(p.principal)} : {\n${lines.map((l) => `  ${l}\n`).join('')}}`;
}
