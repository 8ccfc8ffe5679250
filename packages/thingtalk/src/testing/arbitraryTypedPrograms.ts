import fc from 'fast-check';
import type { Action, Predicate, Program, Statement, Stream, Table, Value } from '../ast/index.js';

/** Values of each parameter type used by the typed generators (the classes of testSchemas.ts). */
const string = fc.constantFrom('cats', 'hello world', 'a "quoted" word').map((value): Value => ({ type: 'String', value }));
const number = fc.integer({ min: -50, max: 5000 }).map((value): Value => ({ type: 'Number', value }));
const VALUES: Record<string, fc.Arbitrary<Value>> = {
  String: string,
  Number: number,
  Boolean: fc.boolean().map((value): Value => ({ type: 'Boolean', value })),
  'Measure(C)': fc.tuple(fc.integer({ min: -20, max: 120 }), fc.constantFrom('C', 'F')).map(([value, unit]): Value => ({ type: 'Measure', value, unit })),
  'Measure(byte)': fc.tuple(fc.integer({ min: 1, max: 900 }), fc.constantFrom('KB', 'MB')).map(([value, unit]): Value => ({ type: 'Measure', value, unit })),
  Date: fc.constantFrom<Value>(
    { type: 'Date', value: { kind: 'now' }, operator: '+', offset: null },
    { type: 'Date', value: { kind: 'edge', edge: 'start_of', unit: 'week' }, operator: '+', offset: null },
    { type: 'Date', value: { kind: 'now' }, operator: '-', offset: { type: 'Measure', value: 2, unit: 'day' } },
    { type: 'Date', value: { kind: 'absolute', year: 2020, month: 3, day: 4, hour: 0, minute: 0, second: 0 }, operator: '+', offset: null },
  ),
  'Entity(tt:username)': fc.constantFrom('bob', 'alice').map((value): Value => ({ type: 'Entity', value, entityType: 'tt:username', display: null })),
  'Entity(tt:email_address)': fc.constantFrom('a@b.c').map((value): Value => ({ type: 'Entity', value, entityType: 'tt:email_address', display: null })),
  Location: fc.constantFrom<Value>(
    { type: 'Location', value: { kind: 'relative', name: 'home' } },
    { type: 'Location', value: { kind: 'absolute', lat: 37.4, lon: -122.1, display: 'palo alto' } },
  ),
};

interface Query {
  readonly fn: string;
  readonly monitorable: boolean;
  readonly required: readonly [string, string][];
  readonly outputs: readonly [string, string][];
}
const QUERIES: readonly Query[] = [
  { fn: 'com.xkcd.get_comic', monitorable: true, required: [], outputs: [['title', 'String'], ['alt_text', 'String']] },
  { fn: 'com.twitter.search', monitorable: true, required: [['query', 'String']], outputs: [['text', 'String'], ['author', 'Entity(tt:username)']] },
  { fn: 'com.gmail.inbox', monitorable: true, required: [], outputs: [['subject', 'String'], ['date', 'Date'], ['is_important', 'Boolean'], ['sender_address', 'Entity(tt:email_address)']] },
  { fn: 'com.google.drive.list_drive_files', monitorable: true, required: [], outputs: [['file_name', 'String'], ['file_size', 'Measure(byte)']] },
  { fn: 'org.thingpedia.weather.current', monitorable: true, required: [['location', 'Location']], outputs: [['temperature', 'Measure(C)']] },
  { fn: 'com.nytimes.get_front_page', monitorable: false, required: [], outputs: [['title', 'String'], ['published', 'Date']] },
];
const OPERATORS: Record<string, readonly string[]> = {
  String: ['==', '=~', '~=', 'starts_with'],
  Number: ['==', '>=', '<='],
  Boolean: ['=='],
  'Measure(C)': ['>=', '<=', '>', '<'],
  'Measure(byte)': ['>=', '<='],
  Date: ['>=', '<='],
  'Entity(tt:username)': ['=='],
  'Entity(tt:email_address)': ['=='],
};

function valueOf(type: string): fc.Arbitrary<Value> {
  return VALUES[type] ?? fc.constant<Value>({ type: 'Undefined', local: true });
}

const atom = (query: Query): fc.Arbitrary<Predicate> =>
  fc.constantFrom(...query.outputs).chain(([name, type]) =>
    fc.record({ type: fc.constant('Atom' as const), name: fc.constant(name), operator: fc.constantFrom(...(OPERATORS[type] ?? ['=='])), value: valueOf(type) }),
  );

const filter = (query: Query): fc.Arbitrary<Predicate> =>
  fc.letrec<{ p: Predicate }>((tie) => ({
    p: fc.oneof(
      { depthSize: 'small' },
      atom(query),
      fc.record({ type: fc.constantFrom('And' as const, 'Or' as const), operands: fc.array(tie('p'), { minLength: 2, maxLength: 3 }) }),
      fc.record({ type: fc.constant('Not' as const), expr: tie('p') }),
    ),
  })).p;

const table = (query: Query): fc.Arbitrary<Table> =>
  fc
    .tuple(...query.required.map(([name, type]) => valueOf(type).map((value) => ({ name, value }))))
    .chain((inParams) => {
      const [kind, channel] = [query.fn.slice(0, query.fn.lastIndexOf('.')), query.fn.slice(query.fn.lastIndexOf('.') + 1)];
      const invocation: Table = { type: 'Invocation', invocation: { selector: { kind, id: null, attributes: [] }, channel, inParams } };
      return fc.option(filter(query), { nil: null }).map((f): Table => (f === null ? invocation : { type: 'Filter', table: invocation, filter: f }));
    })
    .chain((base) => {
      const names = query.outputs.map(([name]) => name);
      const ordered = query.outputs.filter(([, type]) => type !== 'Boolean' && !type.startsWith('Entity') && type !== 'Location').map(([name]) => name);
      return fc.oneof(
        { weight: 3, arbitrary: fc.constant(base) },
        fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 2 }).map((args): Table => ({ type: 'Projection', table: base, args })),
        fc.record({ field: fc.constantFrom(...ordered), direction: fc.constantFrom('asc' as const, 'desc' as const) }).map(
          ({ field, direction }): Table => ({ type: 'Sort', table: base, field, direction }),
        ),
        fc.integer({ min: 1, max: 30 }).map((n): Table => ({ type: 'Index', table: base, indices: [{ type: 'Number', value: n }] })),
        fc.integer({ min: 1, max: 30 }).map((n): Table => ({ type: 'Slice', table: base, base: { type: 'Number', value: 1 }, limit: { type: 'Number', value: n } })),
      );
    });

const tweet = (query: Query, visible: readonly string[]): fc.Arbitrary<Action> => {
  const passed = query.outputs.filter(([name, t]) => t === 'String' && visible.includes(name)).map(([name]): Value => ({ type: 'VarRef', name }));
  return (passed.length > 0 ? fc.oneof(string, fc.constantFrom(...passed)) : string).map(
    (status): Action => ({ type: 'Invocation', invocation: { selector: { kind: 'com.twitter', id: null, attributes: [] }, channel: 'post', inParams: [{ name: 'status', value: status }] } }),
  );
};

const timer: fc.Arbitrary<Stream> = fc.oneof(
  fc.integer({ min: 1, max: 90 }).map((n): Stream => ({
    type: 'Timer',
    base: { type: 'Date', value: { kind: 'now' }, operator: '+', offset: null },
    interval: { type: 'Measure', value: n, unit: 'min' },
    frequency: null,
  })),
  fc.array(fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) }), { minLength: 1, maxLength: 2 }).map(
    (times): Stream => ({ type: 'AtTimer', time: times.map((t): Value => ({ type: 'Time', value: { kind: 'absolute', ...t, second: 0 } })), expirationDate: null }),
  ),
);

const statement = (query: Query): fc.Arbitrary<Statement> =>
  table(query)
    .chain((t) => {
      const visible = t.type === 'Projection' ? t.args : query.outputs.map(([name]) => name);
      const action = fc.oneof(fc.constant<Action>({ type: 'Notify', name: 'notify' }), tweet(query, visible));
      return fc.tuple(fc.constant(t), action, fc.constantFrom('now', 'monitor', 'timer'), timer);
    })
    .map(([t, action, shape, clock]): Statement => {
      if (shape === 'monitor' && query.monitorable) return { type: 'Rule', stream: { type: 'Monitor', table: t, args: null }, actions: [action] };
      if (shape === 'timer') return { type: 'Rule', stream: { type: 'Join', stream: clock, table: t, inParams: [] }, actions: [action] };
      return { type: 'Command', table: t, actions: [action] };
    });

/** Well-typed programs over the classes of testSchemas.ts: commands, monitors and timers with filters and actions. */
export const arbTypedProgram: fc.Arbitrary<Program> = fc.constantFrom(...QUERIES).chain((query) =>
  statement(query).map((s): Program => ({ type: 'Program', principal: null, classes: [], declarations: [], statements: [s], oninputs: [] })),
);
