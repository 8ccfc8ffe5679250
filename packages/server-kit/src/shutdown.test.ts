import Fastify from 'fastify';
import { request, Agent } from 'node:http';
import { describe, expect, it } from 'vitest';
import { shutdown } from './shutdown.js';

// SIGTERM must end the process even when a keep-alive client holds a connection or a request never finishes.


async function listeningApp(onClose: () => void = () => undefined) {
  const app = Fastify({ forceCloseConnections: 'idle' });
  app.addHook('onClose', async () => onClose());
  app.get('/quick', () => ({ ok: true }));
  app.get('/never', () => new Promise<never>(() => undefined));
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, address };
}

function get(agent: Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    })
      .on('error', reject)
      .end();
  });
}

describe('shutdown', () => {
  it('closes an idle keep-alive connection, then storage, and reports success', async () => {
    const steps: string[] = [];
    const { app, address } = await listeningApp(() => steps.push('http'));
    const agent = new Agent({ keepAlive: true });
    expect(await get(agent, `${address}/quick`)).toBe(200);
    // A grace period far beyond the test's time limit: only closing the idle connection at once lets this finish.
    const code = await shutdown(app, { graceMs: 600_000, closeStorage: async () => void steps.push('storage') });
    expect(code).toBe(0);
    expect(steps).toEqual(['http', 'storage']);
    agent.destroy();
  });

  it('cuts a request still open after the grace period, still closes storage, and reports it was forced', async () => {
    const { app, address } = await listeningApp();
    const agent = new Agent({ keepAlive: true });
    const pending = get(agent, `${address}/never`).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    let storageClosed = false;
    const code = await shutdown(app, {
      graceMs: 200,
      closeStorage: async () => {
        storageClosed = true;
      },
    });
    expect(code).toBe(1);
    expect(storageClosed).toBe(true);
    expect(await pending).toBeInstanceOf(Error);
    agent.destroy();
  });

  it('reports failure when storage cannot close', async () => {
    const { app } = await listeningApp();
    const code = await shutdown(app, { graceMs: 200, closeStorage: () => Promise.reject(new Error('pool stuck')) });
    expect(code).toBe(1);
  });
});
