// `pnpm --filter @parley/apiai-api import-agent <agent.zip> [--developer-token T [--client-token C]] [--name N]`:
// imports an api.ai agent export (any generation) into the database of DATABASE_URL / DATA_DIR, printing progress.
// Without tokens a new agent is created and its tokens are printed.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { generateToken } from './auth/tokens.js';
import { openAppDb } from './db/openAppDb.js';
import { readImportConfig } from './server/readImportConfig.js';
import { createServices } from './services.js';
import { importAgentZipFile } from './zip/importAgentZipFile.js';

const usage = 'usage: apiai-import-agent <agent.zip> [--developer-token T [--client-token C]] [--name N]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'developer-token': { type: 'string' }, 'client-token': { type: 'string' }, name: { type: 'string' } },
  });
  const [zipPath] = positionals;
  if (zipPath === undefined) throw new Error(usage);
  const { databaseUrl, dataDir, unzipLimits } = readImportConfig(process.env);
  const database = await openAppDb({ url: databaseUrl, dataDir: databaseUrl === undefined ? dataDir : undefined });
  try {
    const services = createServices(database, async () => undefined);
    const developerToken = values['developer-token'];
    let agent = developerToken === undefined ? undefined : await services.agents.findByDeveloperToken(developerToken);
    if (agent === undefined) {
      const tokens = { developerToken: developerToken ?? generateToken(), clientToken: values['client-token'] ?? generateToken() };
      if (developerToken !== undefined && values['client-token'] === undefined) {
        throw new Error('No agent has this developer token; give --client-token too to create it');
      }
      agent = await services.agents.create({ id: randomUUID(), name: values.name ?? 'imported', ...tokens });
      console.log(`Created agent ${agent.id}`);
      console.log(`  developer access token: ${tokens.developerToken}`);
      console.log(`  client access token:    ${tokens.clientToken}`);
    }
    const imported = await importAgentZipFile(services, agent, zipPath, (event) => {
      console.log(`[${event.done}/${event.total}] ${event.kind} ${event.name}`);
    }, unzipLimits);
    console.log(`Imported ${zipPath} into agent ${agent.id}: ${imported.intents} intents, ${imported.entities} entities`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
