// Steady load on one target with autocannon: a fixed number of connections for a fixed time, loopback only.
import autocannon from 'autocannon';
import type { LoadTarget } from './loadTargets.js';
import { rssMiB } from './processMemory.js';

export interface SteadyResult {
  target: string;
  request: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Resident memory of the server, idle after start (1 s without requests), before the warm-up. */
  idleRssMiB: number;
}

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
}

/** Loads `target` for `settings.durationSeconds`, or until `amount` requests were answered if given. */
export function fire(target: LoadTarget, settings: LoadSettings, amount?: number): Promise<autocannon.Result> {
  let sent = 0;
  const vary = target.vary;
  return autocannon({
    url: target.url,
    method: target.method,
    headers: target.headers,
    ...(target.body === undefined ? {} : { body: target.body }),
    ...(vary === undefined
      ? {}
      : {
          requests: [
            {
              setupRequest: (request) => {
                const change = vary(sent++);
                return { ...request, ...(change.body === undefined ? {} : { body: change.body }), headers: { ...request.headers, ...change.headers } };
              },
            },
          ],
        }),
    connections: settings.connections,
    ...(amount === undefined ? { duration: settings.durationSeconds } : { amount }),
  });
}

export async function steadyLoad(target: LoadTarget, settings: LoadSettings): Promise<SteadyResult> {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const idleRssMiB = rssMiB(target.pid);
  // Warm-up: each session key once (a session's first request creates its stored state, a cost of its own), then
  // 2 s more (compile, caches, pools).
  if (target.sessions !== undefined) await fire(target, settings, target.sessions);
  await fire(target, { connections: settings.connections, durationSeconds: 2 });
  const result = await fire(target, settings);
  return {
    target: target.name,
    request: target.request,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    idleRssMiB,
  };
}
