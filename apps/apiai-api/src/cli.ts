// `pnpm --filter @parley/apiai-api import-agent <agent.zip> [--developer-token T [--client-token C]] [--name N] [--train]`:
// imports an api.ai agent export (any generation) into the database of DATABASE_URL / DATA_DIR, printing progress (a
// bar on a terminal, one line per item otherwise). Without tokens a new agent is created and its tokens are printed.
// `--train` then trains the agent's classifier as the server will, to see that it trains and how long it takes.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { generateToken } from './auth/tokens.js';
import { progressOutput } from './cli/progressOutput.js';
import { trainImportedAgent } from './cli/trainImportedAgent.js';
import { openAppDb } from './db/openAppDb.js';
import { readImportConfig } from './server/readImportConfig.js';
import { createServices } from './services.js';
import { importAgentZipFile } from './zip/importAgentZipFile.js';

const usage = 'usage: apiai-import-agent <agent.zip> [--developer-token T [--client-token C]] [--name N] [--train]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'developer-token': { type: 'string' }, 'client-token': { type: 'string' }, name: { type: 'string' }, train: { type: 'boolean' } },
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
    const importing = progressOutput(process.stdout, 'Importing');
    const imported = await importAgentZipFile(services, agent, zipPath, (event) => importing.update(event.done, event.total, `${event.kind} ${event.name}`), unzipLimits);
    importing.finish(`Imported ${zipPath} into agent ${agent.id}: ${imported.intents} intents, ${imported.entities} entities`);
    if (values.train === true) await trainImportedAgent(services, agent.id, progressOutput(process.stdout, 'Training'));
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
