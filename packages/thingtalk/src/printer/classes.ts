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
  let text = `${fn.isMonitorable ? 'monitorable ' : ''}${fn.isList ? 'list ' : ''}${fn.functionType} ${fn.name}`;
  if (fn.extends.length > 0) text += ` extends ${fn.extends.join(', ')}`;
  text += '(';
  fn.args.forEach((arg, i) => {
    text += i === 0 ? printArgument(arg) : `, ${printArgument(arg)}`;
  });
  return `${text})${printAnnotations(fn.annotations)};`;
}

/** A class on several lines: the header, then one member per line, indented by two spaces. */
export function printClass(c: ClassDef): string {
  let text = `${c.isAbstract ? 'abstract ' : ''}class @${c.kind}`;
  if (c.extends.length > 0) text += ` extends ${c.extends.map((k) => `@${k}`).join(', ')}`;
  text += `${printAnnotations(c.annotations)} {\n`;
  for (const i of c.imports) text += `  import ${i.facets.join(', ')} from @${i.module}(${i.inParams.map(printMixinParam).join(', ')});\n`;
  for (const e of c.entities) text += `  entity ${e.name}${printAnnotations(e.annotations)};\n`;
  for (const name in c.queries) {
    const fn = c.queries[name];
    if (fn !== undefined) text += `  ${printFunction(fn)}\n`;
  }
  for (const name in c.actions) {
    const fn = c.actions[name];
    if (fn !== undefined) text += `  ${printFunction(fn)}\n`;
  }
  return `${text}}`;
}
