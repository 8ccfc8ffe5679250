// Test support: the app over a fresh database (in-memory PGlite; a scratch Postgres database when DATABASE_URL is
// set) with one agent whose tokens are returned.
import { randomUUID } from 'node:crypto';
import { createScratchDatabase } from '@parley/storage';
import { createAgentNlu } from '@parley/apiai-agent';
import { buildApp, type ApiAiApp, type AppOptions } from '../app.js';
import { openAppDb, type AppDatabase } from '../db/openAppDb.js';

export interface TestApp extends ApiAiApp {
  database: AppDatabase;
  agentId: string;
  developerToken: string;
  clientToken: string;
  developerHeaders: Record<string, string>;
  clientHeaders: Record<string, string>;
  close(): Promise<void>;
}

export async function startTestApp(options: Partial<Omit<AppOptions, 'db'>> = {}): Promise<TestApp> {
  const adminUrl = process.env.DATABASE_URL;
  const scratch = adminUrl ? await createScratchDatabase(adminUrl, 'apiai') : undefined;
  const database = await openAppDb({ url: scratch?.url });
  const built = await buildApp({ nlu: createAgentNlu(), ...options, database });
  const agentId = randomUUID();
  const developerToken = `dev-${randomUUID().replaceAll('-', '')}`;
  const clientToken = `cli-${randomUUID().replaceAll('-', '')}`;
  await built.services.agents.create({ id: agentId, name: 'test-agent', developerToken, clientToken });
  return {
    ...built,
    database,
    agentId,
    developerToken,
    clientToken,
    developerHeaders: { authorization: `Bearer ${developerToken}` },
    clientHeaders: { authorization: `Bearer ${clientToken}` },
    async close() {
      await built.app.close();
      await database.close();
      await scratch?.drop();
    },
  };
}
