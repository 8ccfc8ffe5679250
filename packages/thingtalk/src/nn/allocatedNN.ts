import type { Example, Input, Program } from '../ast/index.js';
import type { SchemaRetriever } from '../schema/schemaRetriever.js';
import { checkProgram, argsScope } from '../typecheck/programs.js';
import { typeCheck } from '../typecheck/typeCheck.js';
import type { EntityMap } from './entities.js';
import { EntityAllocator } from './entityAllocator.js';
import { nnType } from './nnWriter.js';
import { inputToNN, makeWriter } from './toNN.js';

/** An Almond parsed command: NN code, its entities, and for examples the arguments left as SLOT_n. */
export interface ParsedCommand {
  readonly code: string[];
  readonly entities: EntityMap;
  readonly slots: string[];
  readonly slotTypes: Readonly<Record<string, string>>;
}

/** NN code for a program or command with its own entities (QUOTED_STRING_0, … allocated in order). */
export function toNNWithEntities(input: Input, schemas: SchemaRetriever, typeAnnotations = true): ParsedCommand {
  const allocator = new EntityAllocator();
  const code = inputToNN(makeWriter(allocator, schemas, typeAnnotations), typeCheck(input, schemas));
  return { ...allocator.renumber(code), slots: [], slotTypes: {} };
}

/** The program a dataset example stands for: a query is shown (`now => q => notify`), a stream notifies. */
export function exampleProgram(example: Example): Program {
  const program = (statement: Program['statements'][number]): Program => ({
    type: 'Program', principal: null, classes: [], declarations: [], statements: [statement], oninputs: [],
  });
  switch (example.kind) {
    case 'query':
      return program({ type: 'Command', table: example.value, actions: [{ type: 'Notify', name: 'notify' }] });
    case 'stream':
      return program({ type: 'Rule', stream: example.value, actions: [{ type: 'Notify', name: 'notify' }] });
    case 'action':
      return program({ type: 'Command', table: null, actions: [example.value] });
    case 'program':
      return example.value;
  }
}

/**
 * A dataset example as an Almond button command: its arguments become `SLOT_0`, `SLOT_1`, … (listed in `slots`,
 * typed in `slotTypes`), its constants allocated entities.
 */
export function exampleToNN(example: Example, schemas: SchemaRetriever, typeAnnotations = true): ParsedCommand {
  const globals = argsScope(example.args);
  const program = checkProgram({ schemas, declarations: new Map(), slots: [] }, exampleProgram(example), globals, []);
  const allocator = new EntityAllocator();
  const slots = example.args.map((arg) => arg.name);
  const writer = { ...makeWriter(allocator, schemas, typeAnnotations), globals, slots: new Map(slots.map((name, i) => [name, `SLOT_${i}`])) };
  const slotTypes = Object.fromEntries(example.args.map((arg) => [arg.name, nnType(arg.type)]));
  return { ...allocator.renumber(inputToNN(writer, program)), slots, slotTypes };
}
