// The baselines of `pnpm bench memory`, each a plain `node` process like the apps (no tsx loader, which alone adds
// tens of MiB): a bare Node process that waits, and a bare Fastify server with one JSON route.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface BareProcess {
  pid: number;
  stop(): Promise<void>;
}

const bench = fileURLToPath(new URL('../..', import.meta.url));

export const bareNodeScript = 'setInterval(() => {}, 1000); console.log("ready");';

const bareFastifyScript = [
  "import Fastify from 'fastify';",
  'const app = Fastify({ logger: false });',
  "app.post('/echo', async (request) => ({ ok: true, received: request.body }));",
  "await app.listen({ port: 0, host: '127.0.0.1' });",
  'console.log("ready");',
].join('\n');

function start(args: string[]): Promise<BareProcess> {
  // From bench/, where `fastify` resolves for the module given with --eval.
  const child = spawn(process.execPath, args, { cwd: bench, stdio: ['ignore', 'pipe', 'inherit'], env: { PATH: process.env.PATH ?? '' } });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes('ready')) {
        resolve({
          pid: child.pid ?? 0,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    void exited.then(() => reject(new Error(`${args.join(' ')} exited before it was ready`)));
  });
}

export const bareNode = (): Promise<BareProcess> => start(['-e', bareNodeScript]);
export const bareFastify = (): Promise<BareProcess> => start(['--input-type=module', '-e', bareFastifyScript]);
