import type { ClassDef } from '../ast/index.js';
import type { SchemaRetriever } from './schemaRetriever.js';
import { Schemas } from './schemas.js';

/** A retriever that sees `classes` (e.g. those declared inside a program) before falling back to `base`. */
export function withClasses(base: SchemaRetriever, classes: readonly ClassDef[]): SchemaRetriever {
  if (classes.length === 0) return base;
  const local = new Schemas(classes);
  return {
    getClass: (kind) => local.getClass(kind) ?? base.getClass(kind),
    getFunction: (kind, name, functionType) =>
      local.getClass(kind) !== undefined ? local.getFunction(kind, name, functionType) : base.getFunction(kind, name, functionType),
  };
}
