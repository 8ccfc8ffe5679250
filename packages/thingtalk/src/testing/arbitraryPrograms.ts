import fc from 'fast-check';
import type { Action, DeviceSelector, DialogueState, InputParam, Predicate, Program, Statement, Stream, Table } from '../ast/index.js';
import { arbComputation, arbName, arbScalarValue, arbText, arbTime, arbValue, NAMES } from './arbitraryValues.js';

const arbParams: fc.Arbitrary<InputParam[]> = fc.array(fc.record({ name: arbName, value: arbValue }), { maxLength: 2 });
const arbSelector: fc.Arbitrary<DeviceSelector> = fc.record({
  kind: fc.constantFrom('com.xkcd', 'security-camera', 'org.thingpedia.builtin.thingengine.builtin'),
  id: fc.option(fc.constantFrom('com.xkcd-1', 'x"y'), { nil: null }),
  attributes: fc.array(fc.record({ name: fc.constant('name'), value: arbValue }), { maxLength: 1 }),
});
const arbInvocation = fc.record({ selector: arbSelector, channel: fc.constantFrom('get_comic', 'post'), inParams: arbParams });
const OPERATORS = ['==', '>=', '<=', '>', '<', '=~', '~=', 'contains', 'in_array', 'starts_with', 'ends_with', 'prefix_of', 'suffix_of', '~contains', 'in_array~'];
const arbAlias = fc.option(fc.constantFrom('alias1', 'x'), { nil: null });
const VAR_NAMES = ['q', 's1', 'my_fn'];

/** Function-call computations, the left side of a compute predicate that cannot be mistaken for an atom. */
const arbCallComputation = fc.record({
  type: fc.constant('Computation' as const),
  op: fc.constantFrom('distance', 'count'),
  operands: fc.array(arbComputation, { minLength: 1, maxLength: 3 }),
});

const arbPredicate: fc.Arbitrary<Predicate> = fc.letrec<{ p: Predicate }>((tie) => ({
  p: fc.oneof(
    { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
    fc.record({ type: fc.constant('Atom' as const), name: arbName, operator: fc.constantFrom(...OPERATORS), value: arbValue }),
    fc.constantFrom({ type: 'True' as const }, { type: 'False' as const }),
    fc.record({ type: fc.constantFrom('And' as const, 'Or' as const), operands: fc.array(tie('p'), { minLength: 2, maxLength: 3 }) }),
    fc.record({ type: fc.constant('Not' as const), expr: tie('p') }),
    fc.record({ type: fc.constant('Compute' as const), lhs: arbCallComputation, operator: fc.constantFrom('==', '>='), rhs: arbValue }),
    fc.record({ type: fc.constant('External' as const), selector: arbSelector, channel: fc.constant('get_comic'), inParams: arbParams, filter: tie('p') }),
  ),
})).p;

const arbArgs = fc.option(fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 2 }), { nil: null });

const tables = fc.letrec<{ table: Table; stream: Stream }>((tie) => {
  const table = (): fc.Arbitrary<Table> => tie('table') as fc.Arbitrary<Table>;
  const stream = (): fc.Arbitrary<Stream> => tie('stream') as fc.Arbitrary<Stream>;
  return {
    table: fc.oneof(
      { depthSize: 'small', maxDepth: 5, withCrossShrink: true },
      arbInvocation.map((invocation) => ({ type: 'Invocation' as const, invocation })),
      fc.record({ type: fc.constant('VarRef' as const), name: fc.constantFrom(...VAR_NAMES), inParams: arbParams }),
      fc.record({ type: fc.constant('Filter' as const), table: table(), filter: arbPredicate }),
      fc.record({ type: fc.constant('Projection' as const), table: table(), args: fc.array(arbName, { minLength: 1, maxLength: 2 }) }),
      fc.record({ type: fc.constant('Compute' as const), table: table(), expression: arbComputation, alias: arbAlias }),
      fc.record({ type: fc.constant('Aggregation' as const), table: table(), field: fc.constant('*'), operator: fc.constant('count'), alias: arbAlias }),
      fc.record({ type: fc.constant('Aggregation' as const), table: table(), field: arbName, operator: fc.constantFrom('max', 'avg'), alias: arbAlias }),
      fc.record({ type: fc.constant('Sort' as const), table: table(), field: arbName, direction: fc.constantFrom('asc' as const, 'desc' as const) }),
      fc.record({ type: fc.constant('Index' as const), table: table(), indices: fc.array(arbValue, { minLength: 1, maxLength: 2 }) }),
      fc.record({ type: fc.constant('Slice' as const), table: table(), base: arbValue, limit: arbValue }),
      fc.record({ type: fc.constant('Join' as const), lhs: table(), rhs: table(), inParams: arbParams }),
      fc.record({ type: fc.constant('Alias' as const), table: table(), name: fc.constantFrom('t1', 'x') }),
    ),
    stream: fc.oneof(
      { depthSize: 'small', maxDepth: 5, withCrossShrink: true },
      fc.record({ type: fc.constant('Timer' as const), base: arbValue, interval: arbValue, frequency: fc.option(arbValue, { nil: null }) }),
      fc.record({ type: fc.constant('AtTimer' as const), time: fc.array(arbTime, { minLength: 1, maxLength: 2 }), expirationDate: fc.option(arbValue, { nil: null }) }),
      fc.record({ type: fc.constant('Monitor' as const), table: table(), args: arbArgs }),
      fc.record({ type: fc.constant('EdgeFilter' as const), stream: stream(), filter: arbPredicate }),
      fc.record({ type: fc.constant('Filter' as const), stream: stream(), filter: arbPredicate }),
      fc.record({ type: fc.constant('Projection' as const), stream: stream(), args: fc.array(arbName, { minLength: 1, maxLength: 2 }) }),
      fc.record({ type: fc.constant('Compute' as const), stream: stream(), expression: arbComputation, alias: arbAlias }),
      fc.record({ type: fc.constant('Alias' as const), stream: stream(), name: fc.constantFrom('s', 'x') }),
      fc.record({ type: fc.constant('Join' as const), stream: stream(), table: table(), inParams: arbParams }),
      fc.record({ type: fc.constant('VarRef' as const), name: fc.constantFrom(...VAR_NAMES), inParams: arbParams }),
    ),
  };
});
/** `edge (monitor T) on new` is rewritten by the parser, so EdgeNew is generated only over other streams. */
const arbStream: fc.Arbitrary<Stream> = fc.oneof(
  tables.stream,
  tables.stream.filter((s) => s.type !== 'Monitor').map((stream) => ({ type: 'EdgeNew' as const, stream })),
);
const arbTable: fc.Arbitrary<Table> = tables.table;

const arbAction: fc.Arbitrary<Action> = fc.oneof(
  fc.constantFrom({ type: 'Notify' as const, name: 'notify' as const }, { type: 'Notify' as const, name: 'return' as const }),
  arbInvocation.map((invocation) => ({ type: 'Invocation' as const, invocation })),
  fc.record({ type: fc.constant('VarRef' as const), name: fc.constantFrom(...VAR_NAMES), inParams: arbParams }),
);
const arbActions = fc.array(arbAction, { minLength: 1, maxLength: 2 });

const arbStatement: fc.Arbitrary<Statement> = fc.oneof(
  fc.record({ type: fc.constant('Command' as const), table: fc.option(arbTable, { nil: null }), actions: arbActions }),
  fc.record({ type: fc.constant('Rule' as const), stream: arbStream, actions: arbActions }),
  fc.record({ type: fc.constant('Assignment' as const), name: fc.constantFrom(...VAR_NAMES), table: arbTable }),
);

/** Programs the parser can produce: statements, declarations, oninput choices and an optional principal. */
export const arbProgram: fc.Arbitrary<Program> = fc.record({
  type: fc.constant('Program' as const),
  principal: fc.constant(null),
  classes: fc.constant([]),
  declarations: fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('query' as const), value: arbTable }),
      fc.record({ kind: fc.constant('stream' as const), value: arbStream }),
      fc.record({ kind: fc.constant('action' as const), value: arbAction }),
    ).chain((body) =>
      fc.record({
        type: fc.constant('Declaration' as const),
        name: fc.constantFrom(...VAR_NAMES),
        args: fc.array(fc.record({ name: arbName, type: fc.constantFrom({ kind: 'Number' as const }, { kind: 'Measure' as const, unit: 'C' }) }), { maxLength: 2 }),
        annotations: fc.record({ nl: fc.dictionary(fc.constant('canonical'), arbValue, { maxKeys: 1 }), impl: fc.constant({}) }),
      }).map((common) => ({ ...common, ...body })),
    ),
    { maxLength: 2 },
  ),
  statements: fc.array(arbStatement, { minLength: 1, maxLength: 2 }),
  oninputs: fc.array(fc.record({ table: fc.option(arbTable, { nil: null }), actions: arbActions, annotations: fc.constant({ nl: {}, impl: {} }) }), { maxLength: 2 }),
});

const arbResult = fc.dictionary(arbName, arbScalarValue, { maxKeys: 2 });

/** Dialogue states: an act with or without parameters, and commands or rules with results or a confirmation state. */
export const arbDialogueState: fc.Arbitrary<DialogueState> = fc.record({
  type: fc.constant('DialogueState' as const),
  policy: fc.constantFrom('org.thingpedia.dialogue.transaction', 'x'),
  dialogueAct: fc.constantFrom('execute', 'sys_recommend_one'),
  dialogueActParam: fc.option(fc.array(fc.constantFrom('a', 'b.c', 'title'), { minLength: 1, maxLength: 2 }), { nil: null }),
  history: fc.array(
    fc.oneof(
      fc.record({
        statement: fc.oneof(
          fc.record({ type: fc.constant('Command' as const), table: fc.option(arbTable, { nil: null }), actions: arbActions }),
          fc.record({ type: fc.constant('Rule' as const), stream: arbStream, actions: arbActions }),
        ),
        results: fc.constant(null),
        confirm: fc.constantFrom('accepted', 'proposed', 'confirmed'),
      }),
      fc.record({
        statement: fc.record({ type: fc.constant('Command' as const), table: arbTable.map((table): Table | null => table), actions: fc.constant([{ type: 'Notify' as const, name: 'notify' as const }]) }),
        results: fc.array(arbResult, { maxLength: 2 }).chain((results) =>
          fc.record({
            results: fc.constant(results),
            count: fc.oneof(fc.constant({ type: 'Number' as const, value: results.length }), fc.nat(20).map((value) => ({ type: 'Number' as const, value }))),
            more: fc.boolean(),
            error: fc.option(arbText.map((value) => ({ type: 'String' as const, value })), { nil: null }),
          }),
        ),
        confirm: fc.constant('confirmed'),
      }),
    ),
    { maxLength: 3 },
  ),
});
