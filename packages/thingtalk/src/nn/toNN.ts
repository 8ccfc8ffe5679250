import type { Action, Bookkeeping, Input, PermissionFunction, PermissionRule, Program, Statement } from '../ast/index.js';
import type { SchemaRetriever } from '../schema/schemaRetriever.js';
import { checkInvocation } from '../typecheck/invocations.js';
import { argumentParam, lookupFunction } from '../typecheck/invocations.js';
import { EMPTY_SCOPE, localParam, mergeScopes } from '../typecheck/scope.js';
import type { Scope } from '../typecheck/scope.js';
import { typeCheck } from '../typecheck/typeCheck.js';
import type { EntityMap, Today } from './entities.js';
import { EntityFinder } from './entityFinder.js';
import { dialogueStateToNN } from './dialogueToNN.js';
import { filterToNN } from './filterToNN.js';
import { invocationToNN } from './invocationToNN.js';
import type { EntityLookup, NNWriter } from './nnWriter.js';
import { unsynthesizable } from './nnWriter.js';
import { streamScopeOf, streamToNN } from './streamToNN.js';
import { scopeOf, tableToNN } from './tableToNN.js';
import { valueToNN } from './valueToNN.js';

export interface ToNNOptions {
  /** The class definitions, for parameter types and required parameters. */
  readonly schemas: SchemaRetriever;
  /** Write `param:name:Type` (default) or just `param:name`. */
  readonly typeAnnotations?: boolean;
  /** Completes DATE entities with unset (-1) year, month or day. */
  readonly today?: Today;
  /** Matches dates and DATE entities as instants in this IANA time zone (`new Date(2018, 5, 23)` = `"2018-05-23T07:00:00.000Z"` in Los Angeles). */
  readonly timeZone?: string;
}

function actionToNN(w: NNWriter, a: Action, scope: Scope): string[] {
  if (a.type === 'Notify') return [a.name];
  if (a.type === 'VarRef') return unsynthesizable(`call of the declared action ${a.name}`);
  const checked = checkInvocation(w.check, a.invocation, 'action', scope, []);
  return invocationToNN(w, checked.invocation, checked.fn, scope);
}

/** `now => [T =>] A` or `S => A` with one action. */
export function statementToNN(w: NNWriter, statement: Statement): string[] {
  if (statement.type === 'Assignment') return unsynthesizable('assignments');
  const [action] = statement.actions;
  if (statement.actions.length !== 1 || action === undefined) return unsynthesizable('rules with several actions');
  if (statement.type === 'Rule') {
    return [...streamToNN(w, statement.stream), '=>', ...actionToNN(w, action, mergeScopes(w.globals, streamScopeOf(w, statement.stream)))];
  }
  if (statement.table !== null) {
    return ['now', '=>', ...tableToNN(w, statement.table), '=>', ...actionToNN(w, action, mergeScopes(w.globals, scopeOf(w, statement.table)))];
  }
  return ['now', '=>', ...actionToNN(w, action, w.globals)];
}

function programToNN(w: NNWriter, p: Program): string[] {
  const [statement] = p.statements;
  if (p.classes.length > 0 || p.declarations.length > 0 || p.oninputs.length > 0 || p.statements.length !== 1 || statement === undefined) {
    return unsynthesizable('programs with classes, declarations, oninput or several statements');
  }
  const tokens = statementToNN(w, statement);
  return p.principal !== null ? ['executor', '=', ...valueToNN(w, p.principal, EMPTY_SCOPE), ':', ...tokens] : tokens;
}

function permissionFunctionToNN(w: NNWriter, f: PermissionFunction, builtin: string, functionType: 'query' | 'action'): string[] {
  switch (f.type) {
    case 'Builtin':
      return [builtin];
    case 'Star':
      return ['*'];
    case 'ClassStar':
      return [`@${f.kind}.*`];
    case 'Specified': {
      const fn = lookupFunction(w.check, f.kind, f.channel, functionType);
      const scope = new Map(fn.args.map((arg) => [arg.name, argumentParam(fn, arg, f.kind)]));
      const filter = filterToNN(w, f.filter, scope, EMPTY_SCOPE);
      return [`@${f.kind}.${f.channel}`, ...(filter.length > 0 ? ['filter', ...filter] : [])];
    }
  }
}

function permissionRuleToNN(w: NNWriter, r: PermissionRule): string[] {
  const principalScope = new Map([['source', localParam('source', { kind: 'Entity', entityType: 'tt:contact' })]]);
  const principal = filterToNN(w, r.principal, principalScope, EMPTY_SCOPE);
  return [
    'policy',
    ...(principal.length > 0 ? principal : ['true']),
    ':',
    ...permissionFunctionToNN(w, r.query, 'now', 'query'),
    '=>',
    ...permissionFunctionToNN(w, r.action, 'notify', 'action'),
  ];
}

function bookkeepingToNN(w: NNWriter, b: Bookkeeping): string[] {
  const intent = b.intent;
  switch (intent.type) {
    case 'Special':
      return ['bookkeeping', 'special', `special:${intent.name}`];
    case 'Choice':
      return ['bookkeeping', 'choice', String(intent.index)];
    case 'Answer':
      return ['bookkeeping', 'answer', ...valueToNN(w, intent.value, EMPTY_SCOPE)];
    case 'Predicate': {
      const filter = filterToNN(w, intent.filter, EMPTY_SCOPE, EMPTY_SCOPE);
      return filter.length > 0 ? ['bookkeeping', 'filter', ...filter] : unsynthesizable('always true filter');
    }
    case 'CommandList':
      return intent.device.type === 'Undefined'
        ? ['bookkeeping', 'category', intent.category]
        : ['bookkeeping', 'commands', intent.category, ...valueToNN(w, intent.device, EMPTY_SCOPE)];
  }
}

/** The NN tokens of a type-checked input. */
export function inputToNN(w: NNWriter, checked: Input): string[] {
  switch (checked.type) {
    case 'Program':
      return programToNN(w, checked);
    case 'PermissionRule':
      return permissionRuleToNN(w, checked);
    case 'Bookkeeping':
      return bookkeepingToNN(w, checked);
    case 'Library':
      return unsynthesizable('class definitions and datasets');
    case 'DialogueState':
      return dialogueStateToNN(w, checked);
  }
}

/** A writer over the schemas, with no example arguments. */
export function makeWriter(finder: EntityLookup, schemas: SchemaRetriever, typeAnnotations = true): NNWriter {
  return { finder, typeAnnotations, check: { schemas, declarations: new Map(), slots: [] }, globals: EMPTY_SCOPE, slots: new Map() };
}

/**
 * Converts a program, permission rule, bookkeeping command or dialogue state to the pre-tokenized NN syntax. Values are
 * written as placeholders of `entities` (QUOTED_STRING_0, NUMBER_1, …) or copied from the sentence
 * (`" foo bar "`); a value found in neither throws `Cannot find entity …`. The input is type-checked first.
 */
export function toNN(input: Input, sentence: string | readonly string[], entities: EntityMap, options: ToNNOptions): string[] {
  const checked = typeCheck(input, options.schemas);
  const words = typeof sentence === 'string' ? sentence.split(' ').filter((word) => word !== '') : sentence;
  const finder = new EntityFinder(words, entities, { today: options.today, timeZone: options.timeZone });
  return inputToNN(makeWriter(finder, options.schemas, options.typeAnnotations), checked);
}
