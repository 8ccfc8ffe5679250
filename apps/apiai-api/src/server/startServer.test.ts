import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readConfig } from './readConfig.js';
import { startServer } from './startServer.js';

const dataDir = mkdtempSync(join(tmpdir(), 'apiai-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const sampleZip = new URL('../../../../../shared/data/apiai-sample-agents/slotfilling_demo_agent.zip', import.meta.url).pathname;

/** Starts the server as `pnpm start` would (port 0), returning what it printed. */
async function start(env: Record<string, string>) {
  const printed: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
  try {
    const server = await startServer(readConfig({ PORT: '0', LOG_LEVEL: 'silent', ...env }));
    return { server, printed };
  } finally {
    log.mockRestore();
  }
}

// Each test opens PGlite on disk and compiles the system entity recognisers: slow on a busy 2-core machine.
describe('startServer', { timeout: 180_000 }, () => {
  it('creates the demo agent with printed tokens, answers /healthz and the demo queries', async () => {
    const { server, printed } = await start({ DATA_DIR: join(dataDir, 'demo') });
    try {
      expect(printed[0]).toMatch(/^apiai-api listening on http:\/\/127\.0\.0\.1:\d+/);
      const clientToken = printed.find((line) => line.includes('client access token'))?.split(': ')[1]?.trim();
      expect(clientToken).toMatch(/^[0-9a-f]{32}$/);
      const health = await fetch(`${server.url}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const query = await fetch(`${server.url}/v1/query?v=20150910`, {
        method: 'POST',
        headers: { authorization: `Bearer ${clientToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'Forecast for DC', sessionId: 'start' }),
      });
      expect(await query.json()).toMatchObject({ result: { action: 'weatherForecast', parameters: { cityLocation: 'Washington, DC' } } });
    } finally {
      await server.close();
    }
    const again = await start({ DATA_DIR: join(dataDir, 'demo') });
    await again.server.close();
    expect(again.printed.filter((line) => line.includes('token'))).toEqual(printed.filter((line) => line.includes('token')));
  });

  it('bootstraps the agent of APIAI_DEVELOPER_TOKEN/APIAI_CLIENT_TOKEN and imports APIAI_AGENT_ZIP into it', async () => {
    const { server, printed } = await start({
      DATA_DIR: join(dataDir, 'env'),
      APIAI_DEVELOPER_TOKEN: 'my-developer-token',
      APIAI_CLIENT_TOKEN: 'my-client-token',
      APIAI_AGENT_ZIP: sampleZip,
    });
    try {
      expect(printed).toContain(`Imported ${sampleZip}: 1 intents, 2 entities`);
      const intents = await fetch(`${server.url}/v1/intents`, { headers: { authorization: 'Bearer my-developer-token' } });
      expect(await intents.json()).toEqual([expect.objectContaining({ name: 'send message', actions: ['send_message'] })]);
      const denied = await fetch(`${server.url}/v1/intents`, { headers: { authorization: 'Bearer my-client-token' } });
      expect(denied.status).toBe(401);
    } finally {
      await server.close();
    }
  });
});
