// The subcommands of `thingtalk`: each turns one input block into one output block, or throws. A command loads
// only the modules it uses (`load`), so that `thingtalk fmt` does not compile the type checker, the describer or
// the NN syntax before it starts.
import type { EntityMap, Today } from '../nn/entities.js';
import type { Schemas } from '../schema/schemas.js';

interface CommandContext {
  /** The classes of `--schemas F.tt`, or null when the option was not given. */
  readonly schemas: Schemas | null;
  /** Completes DATE entities whose year, month or day is -1. */
  readonly today: Today;
  /** The host's time zone: DATE entities are instants in it, as thingtalk 1.10 reads them in its process's zone. */
  readonly timeZone: string;
}

/** One input block to one output block. */
type BlockRunner = (block: string, ctx: CommandContext) => string;

export interface Command {
  readonly needsSchemas: boolean;
  readonly usage: string;
  load(): Promise<BlockRunner>;
}

function parseEntities(line: string | undefined): EntityMap {
  if (line === undefined || line.trim() === '') return {};
  const entities: unknown = JSON.parse(line);
  if (typeof entities !== 'object' || entities === null || Array.isArray(entities)) throw new Error('the entities must be a JSON object');
  return entities as EntityMap;
}

function schemasOf(ctx: CommandContext): Schemas {
  if (ctx.schemas === null) throw new Error('this command needs --schemas F.tt');
  return ctx.schemas;
}

export const COMMANDS: Readonly<Record<string, Command>> = {
  fmt: {
    needsSchemas: false,
    usage: 'fmt: a program → its canonical form',
    async load() {
      const [{ parse }, { print }] = await Promise.all([import('../parser/parse.js'), import('../printer/print.js')]);
      return (block) => print(parse(block));
    },
  },
  check: {
    needsSchemas: true,
    usage: 'check --schemas F.tt: a program → ok, or its type error',
    async load() {
      const [{ parse }, { typeCheck }] = await Promise.all([import('../parser/parse.js'), import('../typecheck/typeCheck.js')]);
      return (block, ctx) => {
        typeCheck(parse(block), schemasOf(ctx));
        return 'ok';
      };
    },
  },
  describe: {
    needsSchemas: true,
    usage: 'describe --schemas F.tt: a program → its English description, then its program name',
    async load() {
      const [{ parse }, { typeCheck }, { describe }, { programName }] = await Promise.all([
        import('../parser/parse.js'),
        import('../typecheck/typeCheck.js'),
        import('../describe/describe.js'),
        import('../describe/programName.js'),
      ]);
      return (block, ctx) => {
        const schemas = schemasOf(ctx);
        const input = typeCheck(parse(block), schemas);
        return `${describe(input, schemas)}\n${input.type === 'Program' ? programName(input) : ''}`;
      };
    },
  },
  'from-nn': {
    needsSchemas: false,
    usage: 'from-nn: NN tokens, then the entities as JSON → the program in canonical form',
    async load() {
      const [{ fromNN }, { print }] = await Promise.all([import('../nn/fromNN.js'), import('../printer/print.js')]);
      return (block, ctx) => {
        const [tokens = '', entities] = block.split('\n');
        return print(fromNN(tokens, parseEntities(entities), { today: ctx.today, timeZone: ctx.timeZone }));
      };
    },
  },
  'to-nn': {
    needsSchemas: true,
    usage: 'to-nn --schemas F.tt: a program, then the sentence, then the entities as JSON → the NN tokens',
    async load() {
      const [{ parse }, { toNN }] = await Promise.all([import('../parser/parse.js'), import('../nn/toNN.js')]);
      return (block, ctx) => {
        const lines = block.split('\n');
        if (lines.length < 3) throw new Error('expected a program, a line with the sentence and a line with the entities');
        const entities = parseEntities(lines.pop());
        const sentence = lines.pop() ?? '';
        return toNN(parse(lines.join('\n')), sentence, entities, { schemas: schemasOf(ctx), today: ctx.today, timeZone: ctx.timeZone }).join(' ');
      };
    },
  },
};
