// How often the `timer`s of a program fire at most, read from the program as written (intervals are constants once
// type-checked; one given by a declaration's argument is left to the executor, which never fires faster than its
// minimum anyway).
import { visitNodes, type Program, type Value } from '@parley/thingtalk';
import { toBaseUnit } from '@parley/thingtalk/runtime';

function milliseconds(value: Value): number | undefined {
  if (value.type === 'Measure') return toBaseUnit(value.value, value.unit);
  if (value.type === 'CompoundMeasure') return value.value.reduce((total, part) => total + toBaseUnit(part.value, part.unit), 0);
  return undefined;
}

/** The shortest interval/frequency of the program's timers in ms, or undefined when it has none it can read. */
export function shortestTimerStep(program: Program): number | undefined {
  let shortest: number | undefined;
  visitNodes(program, (node) => {
    if (node.type !== 'Timer') return;
    const timer = node as { interval: Value; frequency: Value | null };
    const interval = milliseconds(timer.interval);
    const frequency = timer.frequency?.type === 'Number' ? Math.max(1, timer.frequency.value) : 1;
    if (interval !== undefined) shortest = Math.min(shortest ?? Number.POSITIVE_INFINITY, interval / frequency);
  });
  return shortest;
}
