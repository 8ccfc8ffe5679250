// Runs a (type-checked) ThingTalk program against devices and reports what happens as a stream of events.
// Commands (`now => …`) run once, in order; rules (`monitor …`, `timer …`) run concurrently until their stream
// ends or the signal aborts. Errors of one primitive are reported as events and do not stop the program.
// `oninput` choices are not run: they are alternatives for the dialog to offer, which sends the chosen one back.
import type { Program, Statement } from '../ast/index.js';
import { systemClock } from './clock.js';
import { EMPTY_SCOPE } from './evaluateValue.js';
import { EventQueue } from './eventQueue.js';
import { reportError, type ExecutionContext, type ExecutionOptions } from './executionContext.js';
import type { ExecutionEvent } from './executionEvent.js';
import { DEFAULT_EXECUTION_LIMITS } from './executionLimits.js';
import { ProgramStateStore } from './programState.js';
import { runActions, runCommand } from './runActions.js';
import { runStream } from './runStream.js';
import { runTable } from './runTable.js';

async function runStatement(ctx: ExecutionContext, statement: Statement): Promise<void> {
  switch (statement.type) {
    case 'Command':
      await runCommand(ctx, statement.table, statement.actions, EMPTY_SCOPE);
      return;
    case 'Assignment':
      ctx.results.set(statement.name, await runTable(ctx, statement.table, EMPTY_SCOPE));
      return;
    case 'Rule':
      for await (const event of runStream(ctx, statement.stream, `${ctx.statement}.stream`)) await runActions(ctx, statement.actions, event);
  }
}

/** True when the program has rules, i.e. keeps running after its first results. */
export function isLongRunning(program: Program): boolean {
  return program.statements.some((statement) => statement.type === 'Rule');
}

/**
 * Runs `program`, yielding what happens. The program stops when `options.signal` aborts or when the consumer
 * stops iterating (a `break` out of `for await`); device calls in flight are aborted either way.
 */
export async function* executeProgram(program: Program, options: ExecutionOptions): AsyncGenerator<ExecutionEvent> {
  if (program.principal !== null) throw new Error('A program for another user (executor = …) cannot run here');
  const queue = new EventQueue<ExecutionEvent>();
  const stopper = new AbortController();
  const outer = options.signal;
  const forward = (): void => stopper.abort(outer?.reason);
  if (outer?.aborted === true) forward();
  else outer?.addEventListener('abort', forward, { once: true });
  const signal = stopper.signal;
  signal.addEventListener('abort', () => queue.close(), { once: true });

  const state = new ProgramStateStore(options.state, (snapshot) => queue.push({ type: 'state', state: snapshot }));
  const base = {
    program,
    options,
    clock: options.clock ?? systemClock,
    signal,
    declarations: new Map(program.declarations.map((declaration) => [declaration.name, declaration])),
    results: new Map(),
    state,
    limits: { ...DEFAULT_EXECUTION_LIMITS, ...options.limits },
    emit: (event: ExecutionEvent) => queue.push(event),
  };
  const run = async (statement: Statement, index: number): Promise<void> => {
    const ctx: ExecutionContext = { ...base, statement: index };
    try {
      await runStatement(ctx, statement);
    } catch (error) {
      reportError(ctx, error);
    }
    if (!signal.aborted) queue.push({ type: 'done', statement: index });
  };

  void (async () => {
    const rules: Promise<void>[] = [];
    for (const [index, statement] of program.statements.entries()) {
      if (signal.aborted) break;
      if (statement.type === 'Rule') rules.push(run(statement, index));
      else await run(statement, index);
    }
    await Promise.all(rules);
  })().finally(() => queue.close());

  try {
    yield* queue.drain();
  } finally {
    outer?.removeEventListener('abort', forward);
    if (!signal.aborted) stopper.abort(new Error('The program was stopped'));
  }
}
