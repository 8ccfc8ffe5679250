// Streams as async sequences of events: monitors poll at the function's #[poll_interval] and yield only new
// or changed results; timers wait on the injected clock; edges compare with the previous event. Their
// state lives in the ProgramStateStore under the node's path, so a restarted program resumes.
import type { Stream, Table } from '../ast/index.js';
import { rowHash } from './compareValues.js';
import { evaluatePredicate } from './evaluatePredicate.js';
import { EMPTY_SCOPE, evaluateValue, type Scope } from './evaluateValue.js';
import { reportError, type ExecutionContext, type Tuple } from './executionContext.js';
import { latestTimerTime, nextAtTime, nextTimerTime } from './nextFireTime.js';
import { bindArguments, runTable } from './runTable.js';
import { toBaseUnit } from './units.js';
import { isTime, type RuntimeValue, type TimeValue } from './values.js';

const DEFAULT_POLL_INTERVAL = 600_000;

/** The shortest #[poll_interval] of the functions a monitored table calls. */
function pollInterval(ctx: ExecutionContext, table: Table): number {
  const intervals: number[] = [];
  const expanded = new Set<string>();
  const visit = (node: Table): void => {
    if (node.type === 'Invocation') {
      const fn = ctx.options.classes.getFunction(node.invocation.selector.kind, node.invocation.channel, 'query');
      const annotation = fn?.annotations.impl['poll_interval'];
      if (annotation?.type === 'Measure') intervals.push(toBaseUnit(annotation.value, annotation.unit));
    } else if (node.type === 'Join') {
      visit(node.lhs);
      visit(node.rhs);
    } else if (node.type === 'VarRef') {
      const declaration = ctx.declarations.get(node.name);
      if (declaration?.kind === 'query' && !expanded.has(node.name)) {
        expanded.add(node.name);
        visit(declaration.value);
      }
    } else {
      visit(node.table);
    }
  };
  visit(table);
  const interval = intervals.length === 0 ? DEFAULT_POLL_INTERVAL : Math.min(...intervals);
  return Math.max(ctx.options.minPollInterval ?? 1000, interval);
}

async function* monitor(ctx: ExecutionContext, stream: Extract<Stream, { type: 'Monitor' }>, path: string, scope: Scope): AsyncGenerator<Tuple> {
  const interval = pollInterval(ctx, stream.table);
  const saved = ctx.state.get(path);
  let seen: Set<string> | null = saved?.seen === undefined ? null : new Set(saved.seen);
  // A resumed monitor keeps its rhythm: it polls again one interval after its last poll.
  if (saved?.polledAt !== undefined && saved.polledAt + interval > ctx.clock.now())
    await ctx.clock.sleepUntil(saved.polledAt + interval, ctx.signal);
  for (;;) {
    try {
      const polledAt = ctx.clock.now();
      const tuples = await runTable(ctx, stream.table, scope);
      const hashes = tuples.map((tuple) => rowHash(tuple.row, stream.args));
      const previous = seen;
      seen = new Set(hashes);
      ctx.state.set(path, { seen: [...seen], polledAt });
      // The first poll of a new monitor only records what is there; later polls yield what is new.
      if (previous !== null) {
        for (const [i, tuple] of tuples.entries()) if (!previous.has(hashes[i] ?? '')) yield tuple;
      }
    } catch (error) {
      if (ctx.signal.aborted) return;
      reportError(ctx, error);
    }
    await ctx.clock.sleepUntil(ctx.clock.now() + interval, ctx.signal);
  }
}

function numberOf(value: RuntimeValue): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  throw new TypeError(`Expected a number or a date, found ${String(value)}`);
}

async function* timer(ctx: ExecutionContext, stream: Extract<Stream, { type: 'Timer' }>, path: string): AsyncGenerator<Tuple> {
  const saved = ctx.state.get(path);
  // The base is fixed when the timer first starts (`new Date()` must not move when the program resumes).
  const base = saved?.base ?? numberOf(evaluateValue(ctx, stream.base, EMPTY_SCOPE));
  const frequency = Math.max(1, stream.frequency === null ? 1 : numberOf(evaluateValue(ctx, stream.frequency, EMPTY_SCOPE)));
  // It fires every interval/frequency, never more often than `minTimerInterval` (a 1 ms timer would spin).
  const interval = Math.max(ctx.limits.minTimerInterval * frequency, numberOf(evaluateValue(ctx, stream.interval, EMPTY_SCOPE)));
  let last = saved?.lastFired ?? ctx.clock.now();
  if (saved?.lastFired === undefined) ctx.state.set(path, { base, lastFired: last });
  for (;;) {
    const now = ctx.clock.now();
    let fire = nextTimerTime(base, interval, frequency, last);
    // Times missed while the program was not running collapse into one event, at the latest of them.
    if (fire <= now) fire = latestTimerTime(base, interval, frequency, now);
    await ctx.clock.sleepUntil(fire, ctx.signal);
    last = fire;
    ctx.state.set(path, { base, lastFired: fire });
    yield { outputType: null, row: { __timestamp: new Date(fire) } };
  }
}

async function* atTimer(ctx: ExecutionContext, stream: Extract<Stream, { type: 'AtTimer' }>, path: string): AsyncGenerator<Tuple> {
  const times = stream.time.flatMap((value) => {
    const time = evaluateValue(ctx, value, EMPTY_SCOPE);
    return (Array.isArray(time) ? time : [time]).filter((item): item is TimeValue => isTime(item));
  });
  const expiration = stream.expirationDate === null ? Number.POSITIVE_INFINITY : numberOf(evaluateValue(ctx, stream.expirationDate, EMPTY_SCOPE));
  let last = ctx.state.get(path)?.lastFired ?? ctx.clock.now();
  if (ctx.state.get(path)?.lastFired === undefined) ctx.state.set(path, { lastFired: last });
  for (;;) {
    const now = ctx.clock.now();
    let fire = nextAtTime(times, last, ctx.options.timeZone);
    // Times missed while the program was not running collapse into one event, at the latest of them.
    for (let later = nextAtTime(times, fire, ctx.options.timeZone); fire <= now && later <= now; later = nextAtTime(times, later, ctx.options.timeZone))
      fire = later;
    if (fire > expiration || !Number.isFinite(fire)) return;
    await ctx.clock.sleepUntil(fire, ctx.signal);
    last = fire;
    ctx.state.set(path, { lastFired: fire });
    yield { outputType: null, row: { __timestamp: new Date(fire) } };
  }
}

export async function* runStream(ctx: ExecutionContext, stream: Stream, path: string, scope: Scope = EMPTY_SCOPE): AsyncGenerator<Tuple> {
  switch (stream.type) {
    case 'Monitor':
      yield* monitor(ctx, stream, path, scope);
      return;
    case 'Timer':
      yield* timer(ctx, stream, path);
      return;
    case 'AtTimer':
      yield* atTimer(ctx, stream, path);
      return;
    case 'EdgeNew':
      for await (const tuple of runStream(ctx, stream.stream, `${path}.stream`, scope)) {
        const hash = rowHash(tuple.row, null);
        if (ctx.state.get(path)?.last === hash) continue;
        ctx.state.set(path, { last: hash });
        yield tuple;
      }
      return;
    case 'EdgeFilter':
      for await (const tuple of runStream(ctx, stream.stream, `${path}.stream`, scope)) {
        const holds = await evaluatePredicate(ctx, stream.filter, tuple, scope);
        const before = ctx.state.get(path)?.last;
        if (before !== holds) ctx.state.set(path, { last: holds });
        if (holds && before !== true) yield tuple;
      }
      return;
    case 'Filter':
      for await (const tuple of runStream(ctx, stream.stream, `${path}.stream`, scope))
        if (await evaluatePredicate(ctx, stream.filter, tuple, scope)) yield tuple;
      return;
    case 'Projection':
      for await (const tuple of runStream(ctx, stream.stream, `${path}.stream`, scope))
        yield { outputType: tuple.outputType, row: Object.fromEntries(stream.args.map((name) => [name, tuple.row[name] ?? null])) };
      return;
    case 'Compute':
      for await (const tuple of runStream(ctx, stream.stream, `${path}.stream`, scope)) {
        const name = stream.alias ?? (stream.expression.type === 'Computation' ? stream.expression.op : 'result');
        yield { outputType: tuple.outputType, row: { ...tuple.row, [name]: evaluateValue(ctx, stream.expression, tuple) } };
      }
      return;
    case 'Alias':
      yield* runStream(ctx, stream.stream, `${path}.stream`, scope);
      return;
    case 'Join':
      for await (const event of runStream(ctx, stream.stream, `${path}.stream`, scope)) {
        try {
          const params: Record<string, RuntimeValue> = {};
          for (const param of stream.inParams) params[param.name] = evaluateValue(ctx, param.value, event);
          for (const result of await runTable(ctx, stream.table, event, params)) {
            yield {
              outputType: event.outputType === null ? result.outputType : `${event.outputType}+${result.outputType ?? ''}`,
              row: { ...event.row, ...result.row },
            };
          }
        } catch (error) {
          if (ctx.signal.aborted) return;
          reportError(ctx, error);
        }
      }
      return;
    case 'VarRef': {
      const declaration = ctx.declarations.get(stream.name);
      if (declaration?.kind !== 'stream') throw new Error(`Unknown stream ${stream.name}`);
      yield* runStream(ctx, declaration.value, `${path}.${stream.name}`, bindArguments(ctx, declaration, stream.inParams, scope));
      return;
    }
  }
}
