import type { Dataset, Example, Value } from '../ast/index.js';
import { printImplAnnotations } from './annotations.js';
import { printAction } from './actions.js';
import { printLambdaArgs, printProgramBlock, printRuleBody } from './programs.js';
import { printStream } from './streams.js';
import { printTable } from './tables.js';
import { printValue } from './values.js';

function printBody(e: Example): string {
  switch (e.kind) {
    case 'stream':
      return printStream(e.value);
    case 'query':
      return printTable(e.value);
    case 'action':
      return printAction(e.value);
    case 'program': {
      const p = e.value;
      const [only] = p.statements;
      const simple =
        p.principal === null && p.classes.length === 0 && p.declarations.length === 0 && p.oninputs.length === 0;
      return simple && p.statements.length === 1 && only !== undefined && only.type !== 'Assignment'
        ? printRuleBody(only)
        : printProgramBlock(p);
    }
  }
}

const stringArray = (items: readonly string[]): Value => ({
  type: 'Array',
  value: items.map((value) => ({ type: 'String', value })),
});

function printExample(e: Example): string {
  const args = e.args.length > 0 ? ` ${printLambdaArgs(e.args)}` : '';
  let annotations = ` #_[utterances=${printValue(stringArray(e.utterances))}]`;
  if (e.preprocessed.length > 0) annotations += ` #_[preprocessed=${printValue(stringArray(e.preprocessed))}]`;
  const impl: Record<string, Value> = e.id >= 0 ? { id: { type: 'Number', value: e.id } } : {};
  annotations += printImplAnnotations({ ...impl, ...e.annotations });
  return `${e.kind}${args} := ${printBody(e)}${annotations};`;
}

/** A dataset on several lines, one example per line. */
export function printDataset(d: Dataset): string {
  return `dataset ${d.isClassName ? '@' : ''}${d.name} language ${JSON.stringify(d.language)} {\n${d.examples.map((e) => `  ${printExample(e)}\n`).join('')}}`;
}
