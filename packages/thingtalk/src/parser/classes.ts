import type { ArgDirection, ArgMapValue, ArgumentDef, ClassDef, EntityDef, FunctionDef, MixinImport, MixinParam } from '../ast/index.js';
import { parseAnnotations } from './annotations.js';
import type { Cursor } from './cursor.js';
import { parseName, parseWord } from './names.js';
import { parseType } from './types.js';
import { parseValue } from './values.js';

function parseClassName(c: Cursor): string {
  return c.expectKind('classname', 'a class name ("@kind")').text;
}

function parseDirection(c: Cursor): ArgDirection {
  if (c.accept('out')) return 'out';
  c.expect('in');
  if (c.accept('req')) return 'in req';
  c.expect('opt');
  return 'in opt';
}

function parseArgument(c: Cursor): ArgumentDef {
  const direction = parseDirection(c);
  const name = parseName(c, 'a parameter name');
  c.expect(':');
  const type = parseType(c);
  return { direction, name, type, annotations: parseAnnotations(c) };
}

/** `[monitorable] [list] query name [extends f, g](args) annotations;` or `action name(args) annotations;`. */
function parseFunction(c: Cursor): FunctionDef {
  let isMonitorable = false;
  let isList = false;
  for (;;) {
    if (c.accept('monitorable')) isMonitorable = true;
    else if (c.accept('list')) isList = true;
    else break;
  }
  // `monitorable action` parses (as in thingtalk 1.10); the type checker refuses it
  let functionType: 'query' | 'action' = 'query';
  if (c.accept('action')) functionType = 'action';
  else c.expect('query');
  const name = parseName(c, 'a function name');
  const parents: string[] = [];
  if (c.accept('extends')) {
    parents.push(parseName(c, 'a function name'));
    while (c.accept(',')) parents.push(parseName(c, 'a function name'));
  }
  c.expect('(');
  const args: ArgumentDef[] = [];
  if (!c.at(')')) {
    args.push(parseArgument(c));
    while (c.accept(',')) args.push(parseArgument(c));
  }
  c.expect(')');
  const annotations = parseAnnotations(c);
  c.expect(';');
  return { functionType, name, extends: parents, isList, isMonitorable, args, annotations };
}

/** `new ArgMap(name: Type, …)` or `makeArgMap(…)` after the keyword. */
function parseArgMap(c: Cursor): ArgMapValue {
  c.expect('(');
  const fields: ArgMapValue['value'][number][] = [];
  if (!c.at(')')) {
    do {
      const name = parseName(c, 'a field name');
      c.expect(':');
      fields.push({ name, type: parseType(c) });
    } while (c.accept(','));
  }
  c.expect(')');
  return { type: 'ArgMap', value: fields };
}

function parseMixinParam(c: Cursor): MixinParam {
  const name = parseName(c, 'a parameter name');
  c.expect('=');
  if (c.at('new') && c.at('ArgMap', 1)) {
    c.next();
    c.next();
    return { name, value: parseArgMap(c) };
  }
  if (c.accept('makeArgMap')) return { name, value: parseArgMap(c) };
  return { name, value: parseValue(c) };
}

/** `import loader, config from @org.thingpedia.v2(p=v);` */
function parseImport(c: Cursor): MixinImport {
  c.expect('import');
  const facets = [parseName(c, 'a facet name')];
  while (c.accept(',')) facets.push(parseName(c, 'a facet name'));
  c.expect('from');
  const module = parseClassName(c);
  c.expect('(');
  const inParams: MixinParam[] = [];
  if (!c.at(')')) {
    inParams.push(parseMixinParam(c));
    while (c.accept(',')) inParams.push(parseMixinParam(c));
  }
  c.expect(')');
  c.expect(';');
  return { facets, module, inParams };
}

function parseEntity(c: Cursor): EntityDef {
  c.expect('entity');
  const name = parseWord(c, 'an entity name');
  const annotations = parseAnnotations(c);
  c.expect(';');
  return { name, annotations };
}

/** `[abstract] class @kind [extends @a, @b] annotations { members } [;]`. */
export function parseClass(c: Cursor): ClassDef {
  const isAbstract = c.accept('abstract');
  c.expect('class');
  const kind = parseClassName(c);
  const parents: string[] = [];
  if (c.accept('extends')) {
    parents.push(parseClassName(c));
    while (c.accept(',')) parents.push(parseClassName(c));
  }
  const annotations = parseAnnotations(c);
  c.expect('{');
  const imports: MixinImport[] = [];
  const entities: EntityDef[] = [];
  const queries: Record<string, FunctionDef> = {};
  const actions: Record<string, FunctionDef> = {};
  while (!c.accept('}')) {
    if (c.at('import')) {
      imports.push(parseImport(c));
    } else if (c.at('entity')) {
      entities.push(parseEntity(c));
    } else {
      const fn = parseFunction(c);
      const table = fn.functionType === 'query' ? queries : actions;
      if (table[fn.name] !== undefined) c.failAt(c.peek(-1), `duplicate ${fn.functionType} ${fn.name} in class @${kind}`);
      table[fn.name] = fn;
    }
  }
  c.accept(';');
  return { type: 'ClassDef', kind, extends: parents, isAbstract, imports, entities, queries, actions, annotations };
}
