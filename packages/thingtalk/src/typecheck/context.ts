import type { LambdaArg } from '../ast/index.js';
import type { SchemaRetriever } from '../schema/schemaRetriever.js';
import type { Scope } from './scope.js';
import type { Slot } from './slots.js';

/** A `let` declaration as seen by the statements after it. */
export interface DeclaredFunction {
  readonly kind: 'stream' | 'query' | 'action' | 'program' | 'procedure';
  readonly args: readonly LambdaArg[];
  /** The parameters of its results (queries and streams). */
  readonly scope: Scope;
  readonly monitorable: boolean;
}

/** What the checker carries through a program; slots are collected in dialog order. */
export interface CheckContext {
  readonly schemas: SchemaRetriever;
  readonly declarations: ReadonlyMap<string, DeclaredFunction>;
  readonly slots: Slot[];
}
