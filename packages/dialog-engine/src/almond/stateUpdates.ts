import type { AskValue } from './messages.js';
import type { AlmondState, AlmondTask } from './state.js';

/** Back in the default state: no task, nothing asked. */
export function idle(state: AlmondState): AlmondState {
  return { ...state, task: null, expecting: null, choices: [], measureUnit: null };
}

/** A task waiting for an answer of kind `expecting` (with the choice titles for a choice question). */
export function asking(
  state: AlmondState,
  task: AlmondTask,
  expecting: AskValue,
  choices: readonly string[] = [],
  measureUnit: string | null = null,
): AlmondState {
  return { ...state, task, expecting, choices, measureUnit };
}

/** The task the user is talking to: a program waiting for its app's results does not count. */
export function activeTask(state: AlmondState): AlmondTask | null {
  const task = state.task;
  return task?.kind === 'program' && task.step.type === 'running' ? null : task;
}
