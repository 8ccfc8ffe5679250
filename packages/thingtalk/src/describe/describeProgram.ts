// Whole programs in English (TT `describe.js` describeProgram, 1.10 wording): "get X and then notify you",
// "notify you when X changes", "do the following: …, and then …"; declarations read "let x be …".
import type { Action, Declaration, Program, Statement } from '../ast/index.js';
import { cleanName } from './cleanName.js';
import type { DescribeContext } from './describeContext.js';
import { describeInvocation } from './describeInvocation.js';
import { describeStream } from './describeStream.js';
import { describeTable } from './describeTable.js';
import { describeValue } from './describeValue.js';

function describeAction(ctx: DescribeContext, action: Action): string {
  switch (action.type) {
    case 'Notify':
      return action.name === 'return' ? 'send it to me' : 'notify you';
    case 'VarRef':
      return cleanName(action.name);
    case 'Invocation':
      return describeInvocation(ctx, action.invocation, {}, [], 'action');
  }
}

function describeActions(ctx: DescribeContext, actions: readonly Action[]): string {
  return actions.map((action) => describeAction(ctx, action)).join(', ');
}

function describeStatement(ctx: DescribeContext, statement: Statement): string {
  switch (statement.type) {
    case 'Rule':
      if (statement.stream.type === 'Join')
        return `do the following: ${describeStream(ctx, statement.stream)}, and then ${describeActions(ctx, statement.actions)}`;
      return `${describeActions(ctx, statement.actions)} ${describeStream(ctx, statement.stream)}`;
    case 'Command':
      if (statement.table === null) return describeActions(ctx, statement.actions);
      return `get ${describeTable(ctx, statement.table)} and then ${describeActions(ctx, statement.actions)}`;
    case 'Assignment':
      return `let ${cleanName(statement.name)} be ${describeTable(ctx, statement.table)}`;
  }
}

function describeDeclaration(ctx: DescribeContext, declaration: Declaration): string {
  const name = cleanName(declaration.name);
  switch (declaration.kind) {
    case 'stream':
      return `let ${name} be ${describeStream(ctx, declaration.value)}`;
    case 'query':
      return `let ${name} be ${describeTable(ctx, declaration.value)}`;
    case 'action':
      return `let ${name} be ${describeAction(ctx, declaration.value)}`;
    case 'program':
    case 'procedure':
      return `let ${name} be ${describeProgramBody(ctx, declaration.value)}`;
  }
}

function describeProgramBody(ctx: DescribeContext, program: Program): string {
  const parts = [
    ...program.declarations.map((declaration) => describeDeclaration(ctx, declaration)),
    ...program.statements.map((statement) => describeStatement(ctx, statement)),
    ...program.oninputs.map((choice) =>
      choice.table === null
        ? describeActions(ctx, choice.actions)
        : `get ${describeTable(ctx, choice.table)} and then ${describeActions(ctx, choice.actions)}`,
    ),
  ];
  return parts.join('; ');
}

export function describeProgram(ctx: DescribeContext, program: Program): string {
  const body = describeProgramBody(ctx, program);
  return program.principal === null ? body : `tell ${describeValue(program.principal, {}, ctx.options)}: ${body}`;
}
