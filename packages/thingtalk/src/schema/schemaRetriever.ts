import type { ClassDef, FunctionDef } from '../ast/index.js';

export type FunctionType = 'query' | 'action';

/** Looks up Thingpedia class definitions (what the type checker, describer and executor need of the schemas). */
export interface SchemaRetriever {
  getClass(kind: string): ClassDef | undefined;
  /** A query or action of a class, including those inherited through `extends` (queries first when no type is given). */
  getFunction(kind: string, name: string, functionType?: FunctionType): FunctionDef | undefined;
}
