// Finds class and function definitions by kind and name: what the describer, formatter and executor need of the schemas.
import type { ClassDef, FunctionDef, Library } from '../ast/index.js';

export class ClassIndex {
  readonly #classes = new Map<string, ClassDef>();

  constructor(classes: Iterable<ClassDef> = []) {
    for (const classDef of classes) this.#classes.set(classDef.kind, classDef);
  }

  static fromLibraries(libraries: Iterable<Library>): ClassIndex {
    const index = new ClassIndex();
    for (const library of libraries) for (const classDef of library.classes) index.add(classDef);
    return index;
  }

  add(classDef: ClassDef): void {
    this.#classes.set(classDef.kind, classDef);
  }

  getClass(kind: string): ClassDef | undefined {
    return this.#classes.get(kind);
  }

  /** A query or action of a class (queries first when `functionType` is not given). */
  getFunction(kind: string, name: string, functionType?: 'query' | 'action'): FunctionDef | undefined {
    const classDef = this.#classes.get(kind);
    if (classDef === undefined) return undefined;
    const query = functionType !== 'action' && Object.hasOwn(classDef.queries, name) ? classDef.queries[name] : undefined;
    if (query !== undefined) return query;
    return functionType !== 'query' && Object.hasOwn(classDef.actions, name) ? classDef.actions[name] : undefined;
  }
}
