// The subcommands of `thingtalk`: each turns one input block into one output block, or throws.
import { describe } from '../describe/describe.js';
import { programName } from '../describe/programName.js';
import { parse } from '../parser/parse.js';
import { print } from '../printer/print.js';
import type { Schemas } from '../schema/schemas.js';
import { typeCheck } from '../typecheck/typeCheck.js';

export interface CommandContext {
  /** The classes of `--schemas F.tt`, or null when the option was not given. */
  readonly schemas: Schemas | null;
}

export interface Command {
  readonly needsSchemas: boolean;
  readonly usage: string;
  run(block: string, ctx: CommandContext): string;
}

function schemasOf(ctx: CommandContext): Schemas {
  if (ctx.schemas === null) throw new Error('this command needs --schemas F.tt');
  return ctx.schemas;
}

export const COMMANDS: Readonly<Record<string, Command>> = {
  fmt: {
    needsSchemas: false,
    usage: 'fmt: a program → its canonical form',
    run: (block) => print(parse(block)),
  },
  check: {
    needsSchemas: true,
    usage: 'check --schemas F.tt: a program → ok, or its type error',
    run(block, ctx) {
      typeCheck(parse(block), schemasOf(ctx));
      return 'ok';
    },
  },
  describe: {
    needsSchemas: true,
    usage: 'describe --schemas F.tt: a program → its English description, then its program name',
    run(block, ctx) {
      const schemas = schemasOf(ctx);
      const input = typeCheck(parse(block), schemas);
      return `${describe(input, schemas)}\n${input.type === 'Program' ? programName(input) : ''}`;
    },
  },
};
