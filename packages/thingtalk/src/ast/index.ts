/*
 * The ThingTalk 1.x abstract syntax tree: plain, immutable, JSON-serializable data (no `undefined` fields:
 * absent things are `null`), every union discriminated by `type` (or `kind` where noted).
 *
 * Changes after the first version (2026-11-21) are listed here for the engineers building on it:
 *   - Atom/Compute predicates may also carry the operators `>` and `<` (NN syntax has them; the parser and
 *     printer accept them too). No type changed.
 *   - FunctionDef.extends: the functions a query/action extends (`query q2 extends q1(…)`), usually [].
 *     Schemas.getFunction returns such functions with the inherited arguments merged in.
 *   - MixinImport.inParams are MixinParam (a Value or an ArgMapValue, `new ArgMap(url: String)`), not InputParam.
 *   - Input also includes DialogueState (`$dialogue @policy.act; …`); Value also includes Filter, ArrayField and
 *     ContextRef (2026-12-07).
 */
export type { Action, ActionType } from './actions.js';
export type { Annotations } from './annotations.js';
export type { Bookkeeping, BookkeepingIntent } from './bookkeeping.js';
export type { ArgDirection, ArgMapValue, ArgumentDef, ClassDef, EntityDef, FunctionDef, MixinImport, MixinParam } from './classes.js';
export type { Dataset, Example } from './datasets.js';
export type { DialogueHistoryItem, DialogueResults, DialogueState } from './dialogues.js';
export type { Input, InputType } from './input.js';
export type { Library } from './library.js';
export type { PermissionFunction, PermissionRule } from './permissions.js';
export type { ComparisonOperator, Predicate, PredicateType } from './predicates.js';
export type { DeviceSelector, InputParam, Invocation } from './primitives.js';
export type {
  Assignment,
  Command,
  Declaration,
  LambdaArg,
  OnInputChoice,
  Program,
  Rule,
  Statement,
} from './programs.js';
export type { Stream, StreamType } from './streams.js';
export type { SortDirection, Table, TableType } from './tables.js';
export type { CompoundField, TypeKind, TypeRef } from './types.js';
export type {
  CalendarFields,
  CompoundMeasureValue,
  DateBase,
  DateValue,
  LocationSpec,
  MeasureValue,
  TimeSpec,
  Value,
  ValueOf,
  ValueType,
} from './values.js';
