// A statement PGlite parses and plans once, then runs with new parameters in one call into its WebAssembly Postgres.
// PGlite's `query` sends its extended-protocol messages one call at a time (parse, describe, bind, describe, execute,
// sync: six) and parses and plans the text on every run; a named statement runs as bind + execute + sync in one
// call. Measured on a session write of apiai-api (bench/results/apiai.md): about 200 µs of CPU against 700 µs for
// `query` with the same text and 950 µs through drizzle.
import { protocol, type PGlite } from '@electric-sql/pglite';
import type { PreparedQuery } from './db.js';

interface Described {
  /** Parameter type ids, for PGlite's serializers. */
  params: number[];
  /** Column names and type ids of the rows, for PGlite's parsers (none: the statement returns no rows). */
  fields: { name: string; dataTypeID: number }[];
}

type Message = { name: string } & Record<string, unknown>;

let statements = 0;

/**
 * `text` (with $1, $2, … parameters) as a statement of `client`, prepared at its first run. Values are serialized and
 * rows parsed by PGlite's own type handlers, as `client.query` does. Each run holds PGlite's transaction and query
 * locks, as `query` does: never run one inside a PGlite transaction (it would wait for that transaction's end).
 */
export function pgliteStatement(client: PGlite, text: string): PreparedQuery {
  statements += 1;
  const name = `parley_statement_${statements}`;
  let described: Described | undefined;
  const exclusive = <T>(work: () => Promise<T>): Promise<T> =>
    // The transaction lock first: a run must not land inside another caller's open transaction (PGlite's `query`
    // takes both locks the same way).
    client._runExclusiveTransaction(() => client.runExclusive(work));
  const run = async (message: Uint8Array): Promise<Message[]> => (await client.execProtocol(message)).messages as unknown as Message[];

  async function describe(): Promise<Described> {
    const messages = await run(
      Buffer.concat([protocol.serialize.parse({ name, text }), protocol.serialize.describe({ type: 'S', name }), protocol.serialize.sync()]),
    );
    const parameters = messages.find((message) => message.name === 'parameterDescription') as { dataTypeIDs: number[] } | undefined;
    const rows = messages.find((message) => message.name === 'rowDescription') as { fields: Described['fields'] } | undefined;
    return {
      params: parameters?.dataTypeIDs ?? [],
      fields: (rows?.fields ?? []).map((field) => ({ name: field.name, dataTypeID: field.dataTypeID })),
    };
  }

  return async <Row extends Record<string, unknown>>(params: readonly unknown[] = []): Promise<Row[]> => {
    await client._checkReady();
    return exclusive(async () => {
      described ??= await describe();
      const { params: types, fields } = described;
      const values = params.map((param, index) => {
        if (param === null || param === undefined) return null;
        const serialize = client.serializers[types[index] ?? 0];
        return serialize === undefined ? String(param) : serialize(param);
      });
      const messages = await run(
        Buffer.concat([protocol.serialize.bind({ statement: name, values }), protocol.serialize.execute({}), protocol.serialize.sync()]),
      );
      const rows: Row[] = [];
      for (const message of messages) {
        if (message.name !== 'dataRow') continue;
        const row: Record<string, unknown> = {};
        (message.fields as (string | null)[]).forEach((value, index) => {
          const field = fields[index];
          if (field === undefined) return;
          const parse = client.parsers[field.dataTypeID];
          row[field.name] = value === null || parse === undefined ? value : parse(value, field.dataTypeID);
        });
        rows.push(row as Row);
      }
      return rows;
    });
  };
}
