import type { ArgumentDef, ClassDef, FunctionDef, MixinParam } from '../ast/index.js';
import { printAnnotations } from './annotations.js';
import { printValue } from './values.js';
import { printType } from './types.js';

function printMixinParam(param: MixinParam): string {
  const v = param.value;
  if (v.type !== 'ArgMap') return `${param.name}=${printValue(v)}`;
  return `${param.name}=new ArgMap(${v.value.map((field) => `${field.name}: ${printType(field.type)}`).join(', ')})`;
}

function printArgument(arg: ArgumentDef): string {
  return `${arg.direction} ${arg.name}: ${printType(arg.type)}${printAnnotations(arg.annotations)}`;
}

function printFunction(fn: FunctionDef): string {
  const modifiers = `${fn.isMonitorable ? 'monitorable ' : ''}${fn.isList ? 'list ' : ''}`;
  const parents = fn.extends.length > 0 ? ` extends ${fn.extends.join(', ')}` : '';
  return `${modifiers}${fn.functionType} ${fn.name}${parents}(${fn.args.map(printArgument).join(', ')})${printAnnotations(fn.annotations)};`;
}

/** A class on several lines: the header, then one member per line, indented by two spaces. */
export function printClass(c: ClassDef): string {
  const header = `${c.isAbstract ? 'abstract ' : ''}class @${c.kind}${c.extends.length > 0 ? ` extends ${c.extends.map((k) => `@${k}`).join(', ')}` : ''}`;
  const members = [
    ...c.imports.map((i) => `import ${i.facets.join(', ')} from @${i.module}(${i.inParams.map(printMixinParam).join(', ')});`),
    ...c.entities.map((e) => `entity ${e.name}${printAnnotations(e.annotations)};`),
    ...Object.values(c.queries).map(printFunction),
    ...Object.values(c.actions).map(printFunction),
  ];
  return `${header}${printAnnotations(c.annotations)} {\n${members.map((m) => `  ${m}\n`).join('')}}`;
}
