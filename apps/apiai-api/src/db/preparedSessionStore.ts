// The session reads and writes of every /query, as prepared statements of the database itself (@parley/storage
// `prepare`): the same SQL as sessionStore.ts builds with drizzle, parsed and planned once. On PGlite a write then
// costs about a fifth of its CPU time through drizzle (bench/results/apiai.md). For the database itself only, not for
// a transaction's connection (the changes run under a session's lock keep sessionStore.ts).
import type { PreparedQuery } from '@parley/storage';
import type { Database } from './Database.js';
import type { SessionStateJson } from './schema.js';
import { sessionStore, type SessionStore, type VersionedSession } from './sessionStore.js';

const READ = 'select state, version from apiai_sessions where agent_id = $1 and session_id = $2 limit 1';
const UNCHANGED =
  'select a.revision, s.version from apiai_agents a left join apiai_sessions s on s.agent_id = a.id and s.session_id = $2 where a.id = $1 limit 1';
const INSERT = 'insert into apiai_sessions (agent_id, session_id, state) values ($1, $2, $3) on conflict do nothing returning version';
const INSERT_AT_REVISION =
  'insert into apiai_sessions (agent_id, session_id, state, version, updated_at) select id, $2::text, $3::jsonb, 1, now() from apiai_agents ' +
  'where id = $1 and revision = $4 on conflict do nothing returning version';
const UPDATE =
  'update apiai_sessions set state = $3, version = version + 1, updated_at = now() where agent_id = $1 and session_id = $2 and version = $4 returning version';
const UPDATE_AT_REVISION =
  'update apiai_sessions set state = $3, version = version + 1, updated_at = now() where agent_id = $1 and session_id = $2 and version = $4 ' +
  'and exists (select 1 from apiai_agents where id = $1 and revision = $5) returning version';

export function preparedSessionStore(db: Database, prepare: (text: string) => PreparedQuery): SessionStore {
  const read = prepare(READ);
  const unchanged = prepare(UNCHANGED);
  const insert = prepare(INSERT);
  const insertAtRevision = prepare(INSERT_AT_REVISION);
  const update = prepare(UPDATE);
  const updateAtRevision = prepare(UPDATE_AT_REVISION);
  return {
    ...sessionStore(db),

    async read(agentId: string, sessionId: string): Promise<VersionedSession> {
      const [row] = await read<{ state: SessionStateJson; version: number }>([agentId, sessionId]);
      return row ?? { state: undefined, version: 0 };
    },

    async unchanged(agentId: string, sessionId: string, version: number, revision: number | undefined): Promise<boolean> {
      const [row] = await unchanged<{ revision: number; version: number | null }>([agentId, sessionId]);
      return row !== undefined && (row.version ?? 0) === version && (revision === undefined || row.revision === revision);
    },

    async write(agentId: string, sessionId: string, state: SessionStateJson, version: number, agentRevision?: number): Promise<number | undefined> {
      const json = JSON.stringify(state);
      const [row] =
        version === 0
          ? await (agentRevision === undefined ? insert([agentId, sessionId, json]) : insertAtRevision([agentId, sessionId, json, agentRevision]))
          : await (agentRevision === undefined
              ? update([agentId, sessionId, json, version])
              : updateAtRevision([agentId, sessionId, json, version, agentRevision]));
      return row === undefined ? undefined : Number(row.version);
    },
  };
}
