import { EventEmitter } from 'node:events';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { serveUntilStopped, type ProcessLike } from './serveUntilStopped.js';

class FakeProcess extends EventEmitter implements ProcessLike {
  readonly codes: number[] = [];
  private exited: (code: number) => void = () => undefined;
  readonly exit = (code: number): void => {
    this.codes.push(code);
    this.exited(code);
  };
  /** Resolves with the next exit code. */
  nextExit(): Promise<number> {
    return new Promise((resolve) => (this.exited = resolve));
  }
}

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('serveUntilStopped', () => {
  it('on SIGTERM closes the server, then storage, and exits 0', async () => {
    app = Fastify();
    const steps: string[] = [];
    app.addHook('onClose', async () => void steps.push('http'));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const target = new FakeProcess();
    serveUntilStopped(app, { process: target, closeStorage: async () => void steps.push('storage') });
    const exited = target.nextExit();
    target.emit('SIGTERM');
    expect(await exited).toBe(0);
    expect(steps).toEqual(['http', 'storage']);
    expect(app.server.listening).toBe(false);
  });

  it('shuts down once when SIGINT follows SIGTERM, and exits 1 when storage fails to close', async () => {
    app = Fastify();
    const target = new FakeProcess();
    let closes = 0;
    const stop = serveUntilStopped(app, {
      process: target,
      closeStorage: async () => {
        closes += 1;
        throw new Error('pool stuck');
      },
    });
    target.emit('SIGTERM');
    target.emit('SIGINT');
    await stop('again');
    expect(target.codes).toEqual([1]);
    expect(closes).toBe(1);
  });

  it('logs unhandled rejections and keeps serving', async () => {
    const lines: string[] = [];
    app = Fastify({ logger: { level: 'error', stream: { write: (line: string) => void lines.push(line) } } });
    app.get('/ping', async () => 'pong');
    const target = new FakeProcess();
    serveUntilStopped(app, { process: target, closeStorage: async () => undefined });
    target.emit('unhandledRejection', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }));
    expect(target.codes).toEqual([]);
    expect((await app.inject('/ping')).body).toBe('pong');
    expect(lines.map((line) => JSON.parse(line) as { msg: string; err: { code: string } })).toMatchObject([
      { msg: 'unhandled promise rejection (the server keeps serving)', err: { code: '57P01' } },
    ]);
  });
});
