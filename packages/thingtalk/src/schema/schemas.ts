import type { ArgumentDef, ClassDef, FunctionDef } from '../ast/index.js';
import { parseLibrary } from '../parser/parse.js';
import type { FunctionType, SchemaRetriever } from './schemaRetriever.js';

function declaredFunction(classDef: ClassDef, name: string, functionType: FunctionType | undefined): FunctionDef | undefined {
  if (functionType !== 'action' && Object.hasOwn(classDef.queries, name)) return classDef.queries[name];
  if (functionType !== 'query' && Object.hasOwn(classDef.actions, name)) return classDef.actions[name];
  return undefined;
}

/** `a: { b: B, c: { d: D } }` also declares `a.b`, `a.c` and `a.c.d`, with the direction of `a`. */
function compoundFields(arg: ArgumentDef, prefix: string, declared: ReadonlySet<string>, out: ArgumentDef[]): void {
  if (arg.type.kind !== 'Compound') return;
  for (const field of arg.type.fields) {
    const flat: ArgumentDef = { direction: arg.direction, name: `${prefix}.${field.name}`, type: field.type, annotations: field.annotations };
    if (!declared.has(flat.name)) out.push(flat);
    compoundFields(flat, flat.name, declared, out);
  }
}

/** The arguments with the fields of compound arguments added after them (unchanged when there are none). */
function withCompoundFields(fn: FunctionDef): FunctionDef {
  if (!fn.args.some((arg) => arg.type.kind === 'Compound')) return fn;
  const declared = new Set(fn.args.map((arg) => arg.name));
  const args = [...fn.args];
  for (const arg of fn.args) compoundFields(arg, arg.name, declared, args);
  return { ...fn, args };
}

/** A function with the arguments of the functions it `extends` (theirs first; its own win on a name clash). */
function ownFunction(classDef: ClassDef, name: string, functionType: FunctionType | undefined, seen = new Set<string>()): FunctionDef | undefined {
  const fn = declaredFunction(classDef, name, functionType);
  if (fn === undefined || fn.extends.length === 0 || seen.has(name)) return fn;
  seen.add(name);
  const args = new Map<string, ArgumentDef>();
  for (const parent of fn.extends) {
    for (const arg of ownFunction(classDef, parent, fn.functionType, seen)?.args ?? []) args.set(arg.name, arg);
  }
  for (const arg of fn.args) args.set(arg.name, arg);
  return { ...fn, args: [...args.values()] };
}

/**
 * Class definitions held in memory, loaded from `.tt` text the caller passes in (pure: no file or network
 * access). A later definition of the same kind replaces the earlier one.
 */
export class Schemas implements SchemaRetriever {
  readonly #classes = new Map<string, ClassDef>();

  constructor(classes: Iterable<ClassDef> = []) {
    for (const classDef of classes) this.add(classDef);
  }

  /** Parses each text as a file of class definitions (and datasets, which are ignored here). */
  static fromText(...texts: string[]): Schemas {
    const schemas = new Schemas();
    for (const text of texts) schemas.addText(text);
    return schemas;
  }

  add(classDef: ClassDef): void {
    this.#classes.set(classDef.kind, classDef);
  }

  addText(text: string): void {
    for (const classDef of parseLibrary(text).classes) this.add(classDef);
  }

  classes(): ClassDef[] {
    return [...this.#classes.values()];
  }

  getClass(kind: string): ClassDef | undefined {
    return this.#classes.get(kind);
  }

  getFunction(kind: string, name: string, functionType?: FunctionType): FunctionDef | undefined {
    const seen = new Set<string>();
    const search = (current: string): FunctionDef | undefined => {
      const classDef = this.#classes.get(current);
      if (classDef === undefined || seen.has(current)) return undefined;
      seen.add(current);
      const own = ownFunction(classDef, name, functionType);
      if (own !== undefined) return withCompoundFields(own);
      for (const parent of classDef.extends) {
        const inherited = search(parent);
        if (inherited !== undefined) return inherited;
      }
      return undefined;
    };
    return search(kind);
  }
}
