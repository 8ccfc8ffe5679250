import { spawn, type ChildProcess } from 'node:child_process';
import { connectAsync } from 'mqtt';
import { setTimeout as wait } from 'node:timers/promises';

/** An MQTT broker for tests: the machine's Mosquitto on 1883 when it runs, else a private `mosquitto -p <port>`. */
export interface TestBroker {
  readonly host: string;
  readonly port: number;
  stop(): Promise<void>;
}

async function reachable(port: number): Promise<boolean> {
  try {
    const client = await connectAsync(`mqtt://127.0.0.1:${port}`, { connectTimeout: 1000, reconnectPeriod: 0 });
    await client.endAsync();
    return true;
  } catch {
    return false;
  }
}

export async function startTestBroker(): Promise<TestBroker> {
  if (await reachable(1883)) return { host: '127.0.0.1', port: 1883, stop: () => Promise.resolve() };
  const port = 20_000 + (process.pid % 20_000);
  let broker: ChildProcess | undefined;
  for (const command of ['mosquitto', '/usr/sbin/mosquitto']) {
    broker = spawn(command, ['-p', String(port)], { stdio: 'ignore' });
    const started = await new Promise<boolean>((resolve) => {
      broker?.once('error', () => resolve(false));
      broker?.once('spawn', () => resolve(true));
    });
    if (started) break;
    broker = undefined;
  }
  if (broker === undefined) throw new Error('No MQTT broker: run `apt-get install mosquitto`');
  for (let attempt = 0; attempt < 50 && !(await reachable(port)); attempt += 1) await wait(100);
  const running = broker;
  return {
    host: '127.0.0.1',
    port,
    stop: async () => {
      running.kill('SIGTERM');
      await new Promise((resolve) => running.once('exit', resolve));
    },
  };
}
