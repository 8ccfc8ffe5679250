import { BUILTIN_KIND, iterateSlots, type Invocation, type Program, type SchemaRetriever } from '@parley/thingtalk';
import type { ProgramInfo } from './state.js';

interface Primitive {
  readonly role: 'query' | 'action';
  readonly invocation: Invocation;
}

/** Every `{type: 'Invocation', invocation}` node under a table or stream (their queries). */
function queriesUnder(node: unknown, found: Invocation[]): void {
  if (Array.isArray(node)) {
    for (const item of node) queriesUnder(item, found);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (record['type'] === 'Invocation' && typeof record['invocation'] === 'object') found.push(record['invocation'] as Invocation);
  for (const value of Object.values(record)) queriesUnder(value, found);
}

/** The program's primitives left to right (DA `iteratePrimitives`), builtins included. */
function primitivesOf(program: Program): Primitive[] {
  const primitives: Primitive[] = [];
  for (const statement of program.statements) {
    const queries: Invocation[] = [];
    queriesUnder(statement.type === 'Rule' ? statement.stream : statement.table, queries);
    primitives.push(...queries.map((invocation) => ({ role: 'query' as const, invocation })));
    if (statement.type === 'Assignment') continue;
    for (const action of statement.actions) {
      if (action.type === 'Invocation') primitives.push({ role: 'action', invocation: action.invocation });
    }
  }
  return primitives;
}

function isSafeAction(invocation: Invocation, classes: SchemaRetriever): boolean {
  const confirm = classes.getFunction(invocation.selector.kind, invocation.channel, 'action')?.annotations.impl['confirm'];
  return confirm?.type === 'Boolean' && !confirm.value;
}

/** How the agent confirms, echoes and reports a program (DA `legacy-dialogs/rule.js` prepareProgram). */
export function programInfo(program: Program, classes: SchemaRetriever): ProgramInfo {
  const hasTrigger = program.statements.some((statement) => statement.type === 'Rule');
  const hasResult = program.statements.some(
    (statement) => statement.type === 'Command' && statement.actions.some((action) => action.type === 'Notify' && action.name === 'notify'),
  );
  const primitives = primitivesOf(program).filter((primitive) => primitive.invocation.selector.kind !== BUILTIN_KIND);
  const [only] = primitives;
  let programType: ProgramInfo['programType'] = 'general';
  if (program.principal === null && !hasTrigger && primitives.length === 1 && only !== undefined) {
    if (only.role === 'query') programType = 'query';
    else if (isSafeAction(only.invocation, classes)) programType = 'safeAction';
  }
  const hasSlots = iterateSlots(program, classes).some(
    (slot) => slot.type === 'value' && slot.valueType.kind !== 'Boolean' && slot.valueType.kind !== 'Enum',
  );
  return { programType, hasSlots, hasResult, hasTrigger, icon: only?.invocation.selector.kind ?? null };
}
