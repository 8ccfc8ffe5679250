import { EventEmitter } from 'node:events';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { ProcessLike } from './serveUntilStopped.js';
import { serveOrExit, startAppServer } from './startAppServer.js';

class FakeProcess extends EventEmitter implements ProcessLike {
  readonly codes: number[] = [];
  readonly exit = (code: number): void => void this.codes.push(code);
}

/** Storage that records its closing. */
function recordingStorage(steps: string[]) {
  return { close: async () => void steps.push('storage closed') };
}

describe('startAppServer', () => {
  it('opens storage, builds the app over it, listens and prints the start-up lines; close() closes app then storage', async () => {
    const steps: string[] = [];
    const printed: string[] = [];
    const storage = recordingStorage(steps);
    const server = await startAppServer({
      openStorage: async () => storage,
      build: async (opened) => {
        expect(opened).toBe(storage);
        const app = Fastify();
        app.get('/', async () => ({ ok: true }));
        app.addHook('onClose', async () => void steps.push('app closed'));
        return { app, extra: 'kept' };
      },
      port: 0,
      host: '127.0.0.1',
      startupLines: (url, built) => [`test-api listening on ${url}`, `extra: ${built.extra}`],
      print: (line) => printed.push(line),
    });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.extra).toBe('kept');
    expect(printed).toEqual([`test-api listening on ${server.url}`, 'extra: kept']);
    expect(await (await fetch(server.url)).json()).toEqual({ ok: true });
    await server.close();
    expect(steps).toEqual(['app closed', 'storage closed']);
  });

  it('closes the storage and throws when building or listening fails, and prints nothing', async () => {
    const steps: string[] = [];
    const printed: string[] = [];
    const failing = startAppServer({
      openStorage: async () => recordingStorage(steps),
      build: async () => {
        throw new Error('bad brain');
      },
      port: 0,
      host: '127.0.0.1',
      startupLines: () => ['never'],
      print: (line) => printed.push(line),
    });
    await expect(failing).rejects.toThrow('bad brain');
    const app = Fastify();
    const unlistenable = startAppServer({
      openStorage: async () => recordingStorage(steps),
      build: async () => ({ app }),
      port: -1,
      host: '127.0.0.1',
      startupLines: () => ['never'],
      print: (line) => printed.push(line),
    });
    await expect(unlistenable).rejects.toThrow();
    await app.close();
    expect(steps).toEqual(['storage closed', 'storage closed']);
    expect(printed).toEqual([]);
  });
});

describe('serveOrExit', () => {
  it('prints why the app could not start and exits 1', async () => {
    const target = new FakeProcess();
    const errors: string[] = [];
    const stop = await serveOrExit('test-api', async () => Promise.reject(new Error('DATA_DIR is not writable')), target, (line) => errors.push(line));
    expect(stop).toBeUndefined();
    expect(errors).toEqual(['test-api failed to start: DATA_DIR is not writable']);
    expect(target.codes).toEqual([1]);
  });

  it('serves a started app until SIGTERM, then closes it and its storage and exits 0', async () => {
    const target = new FakeProcess();
    const steps: string[] = [];
    const stop = await serveOrExit(
      'test-api',
      () => startAppServer({ openStorage: async () => recordingStorage(steps), build: async () => ({ app: Fastify() }), port: 0, host: '127.0.0.1', startupLines: () => [], print: () => undefined }),
      target,
    );
    expect(stop).toBeTypeOf('function');
    await stop?.('test');
    expect(steps).toEqual(['storage closed']);
    expect(target.codes).toEqual([0]);
  });
});
