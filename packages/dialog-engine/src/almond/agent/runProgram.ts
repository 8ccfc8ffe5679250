// Runs a ready program to completion for an embedded agent: the results of its main output, formatted as the app
// formats them, then its errors.
import { formatResult, type Program, type SchemaRetriever } from '@parley/thingtalk';
import { executeProgram, type DeviceRegistry } from '@parley/thingtalk/runtime';
import type { AppResult } from '../almondIo.js';

interface RunOptions {
  readonly devices: DeviceRegistry;
  readonly classes: SchemaRetriever;
  readonly timeZone: string;
  readonly signal?: AbortSignal;
}

/** Every result of the program as it comes (`for await`): formatted rows and errors. */
export async function* programResults(program: Program, options: RunOptions): AsyncGenerator<AppResult> {
  for await (const event of executeProgram(program, options)) {
    if (event.type === 'output') {
      yield { outputType: event.outputType, formatted: formatResult(options.classes, event.outputType, event.value, { timeZone: options.timeZone }) };
    } else if (event.type === 'error') {
      yield { error: event.message };
    }
  }
}

/** A command's results: its rows first, then its errors (as the server reports them). */
export async function runOnce(program: Program, options: RunOptions): Promise<AppResult[]> {
  const rows: AppResult[] = [];
  const errors: AppResult[] = [];
  for await (const result of programResults(program, options)) ('error' in result ? errors : rows).push(result);
  return [...rows, ...errors];
}
