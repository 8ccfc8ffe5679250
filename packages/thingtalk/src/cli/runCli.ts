// `thingtalk <command> [--schemas F.tt]`: every block of the input through one command. A failing block is
// written as `error: <message>` and makes the exit code 1; the other blocks are still processed.
import { ThingTalkTypeError } from '../typecheck/typeError.js';
import { Schemas } from '../schema/schemas.js';
import { COMMANDS } from './commands.js';
import { joinBlocks, splitBlocks } from './splitBlocks.js';

interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

function usage(): string {
  const lines = Object.values(COMMANDS).map((command) => `  ${command.usage}`);
  return `usage: thingtalk <command> [--schemas F.tt] < blocks separated by lines "===="\n${lines.join('\n')}\n`;
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const located =
    error instanceof ThingTalkTypeError && error.position !== undefined
      ? `Type error at ${error.position.line}:${error.position.column}: ${message}`
      : message;
  return located.replace(/\n/g, ' ');
}

/**
 * Runs the command line `args` (without the program name) on `input`; `readText` reads the schema file,
 * `now` (ms since the epoch) completes partial DATE entities of the NN syntax.
 */
export async function runCli(args: readonly string[], input: string, readText: (path: string) => string, now: number = Date.now()): Promise<CliResult> {
  const [name, ...rest] = args;
  const command = name === undefined || !Object.hasOwn(COMMANDS, name) ? undefined : COMMANDS[name];
  if (command === undefined) return { stdout: '', stderr: name === undefined ? usage() : `unknown command ${name}\n${usage()}`, exitCode: 2 };

  let schemaPath: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--schemas' && rest[i + 1] !== undefined) schemaPath = rest[++i] ?? null;
    else if (arg?.startsWith('--schemas=') === true) schemaPath = arg.slice('--schemas='.length);
    else return { stdout: '', stderr: `unknown option ${arg ?? ''}\n${usage()}`, exitCode: 2 };
  }
  if (command.needsSchemas && schemaPath === null) return { stdout: '', stderr: `${name} needs --schemas F.tt\n${usage()}`, exitCode: 2 };

  let schemas: Schemas | null = null;
  if (schemaPath !== null) {
    try {
      schemas = Schemas.fromText(readText(schemaPath));
    } catch (error) {
      return { stdout: '', stderr: `cannot load ${schemaPath}: ${errorMessage(error)}\n`, exitCode: 2 };
    }
  }

  const run = await command.load();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const date = new Date(now);
  const today = { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  let exitCode = 0;
  const outputs = splitBlocks(input).map((block) => {
    try {
      return run(block, { schemas, today, timeZone });
    } catch (error) {
      exitCode = 1;
      return `error: ${errorMessage(error)}`;
    }
  });
  return { stdout: joinBlocks(outputs), stderr: '', exitCode };
}
