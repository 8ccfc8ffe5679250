// Property: whatever hostile body an endpoint receives, it answers in time with a status below 500, and a refusal
// (4xx) leaves the stored state exactly as it was. An accepted write (2xx) becomes the new baseline.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { expect } from 'vitest';
import { hostileBody, type RawBody } from './hostileBodies.js';
import { injectedBodies, injectedPaths, type InjectedRequest } from './injections.js';

export interface Endpoint {
  method: 'POST' | 'PUT' | 'DELETE' | 'GET';
  /** The path with a valid query string, whose parameters the injection sweep varies. */
  path: string;
  /** Path segments the injection sweep varies too (path parameters: a context name, an entity name). */
  pathSegments?: readonly string[];
  headers: Record<string, string>;
  /** A valid body, the seed of the hostile variants; undefined for a request without a body. */
  example: unknown;
  /** Field variants that are known to fail (reported to the app's owners), e.g. `name:long`, `?sessionId:control`. */
  knownIssues?: readonly string[];
  /** Hostile bodies to send instead of the variants of `example` (e.g. variants of a nested object). */
  bodies?: fc.Arbitrary<RawBody>;
  /** With `bodies`: the injection sweep's bodies to send instead of those of `example` (see injectedBodies). */
  injectedBodies?: readonly RawBody[];
}

/** Runs are reproducible (CI stays deterministic); E2E_FUZZ_SEED=random explores, E2E_FUZZ_RUNS sets the count. */
const seedSetting = process.env.E2E_FUZZ_SEED ?? '20261121';
const seed = seedSetting === 'random' ? undefined : Number(seedSetting);

export interface FuzzOptions {
  /** Reads the state that refusals must not change (a JSON dump through the app's read routes). */
  snapshot: () => Promise<unknown>;
  numRuns: number;
  timeoutMs?: number;
  /**
   * Opt-in, per app: before the random runs, sweep NUL bytes and control characters through every spot of every
   * field and query parameter and send each of them twice (JSON keys, form fields, query parameters), and mix
   * random control characters into the random runs.
   */
  injections?: boolean;
}

export async function send(base: string, endpoint: Endpoint, body: RawBody | undefined, timeoutMs = 20_000, path = endpoint.path): Promise<number> {
  const response = await fetch(`${base}${path}`, {
    method: endpoint.method,
    headers: body === undefined ? endpoint.headers : { ...endpoint.headers, 'content-type': body.contentType },
    ...(body === undefined ? {} : { body: body.payload }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.arrayBuffer();
  return response.status;
}

const exampleBody = (example: unknown): RawBody | undefined =>
  example === undefined ? undefined : { kind: 'the example', contentType: 'application/json', payload: JSON.stringify(example) };

/** The injection sweep of an endpoint: its path segments and query parameters (valid body), then its body's fields. */
export function injectedRequests(endpoint: Endpoint): InjectedRequest[] {
  const body = exampleBody(endpoint.example);
  const paths = injectedPaths(endpoint.path, endpoint.pathSegments).map((request) => ({ ...request, ...(body === undefined ? {} : { body }) }));
  const bodies = endpoint.injectedBodies ?? (endpoint.bodies !== undefined || endpoint.example === undefined ? [] : injectedBodies(endpoint.example));
  const fromBodies = bodies.map((body) => ({ kind: body.kind, variant: body.variant ?? body.kind, path: endpoint.path, body }));
  return [...paths, ...fromBodies].filter((request) => !(endpoint.knownIssues ?? []).includes(request.variant));
}

export async function fuzzEndpoint(base: string, endpoint: Endpoint, options: FuzzOptions): Promise<void> {
  let baseline = await options.snapshot();
  /** What went wrong with a request that answered `status`, after comparing the stored state; undefined if nothing. */
  const judge = async (status: number, kind: string): Promise<string | undefined> => {
    if (status >= 500) return `${endpoint.method} ${endpoint.path} answered ${status} to ${kind}`;
    const after = await options.snapshot();
    const changed = status >= 400 && !isDeepStrictEqual(after, baseline);
    baseline = after;
    return changed ? `${endpoint.method} ${endpoint.path} refused ${kind} but changed state` : undefined;
  };
  if (options.injections === true) {
    // Every request of the sweep is sent and every failure reported at once.
    const failures: string[] = [];
    for (const request of injectedRequests(endpoint)) {
      const failure = await judge(await send(base, endpoint, request.body, options.timeoutMs, request.path), `${request.kind} (${request.variant})`);
      if (failure !== undefined) failures.push(failure);
    }
    expect(failures).toEqual([]);
  }
  if (endpoint.bodies === undefined && endpoint.example === undefined) return; // no body to vary
  const bodies = endpoint.bodies ?? hostileBody(endpoint.example, { knownIssues: endpoint.knownIssues ?? [], injections: options.injections ?? false });
  await fc.assert(
    fc.asyncProperty(bodies, async (body) => {
      const status = await send(base, endpoint, body, options.timeoutMs);
      expect(status, `${endpoint.method} ${endpoint.path} with ${body.kind}`).toBeLessThan(500);
      const after = await options.snapshot();
      if (status >= 400) expect(after, `${endpoint.method} ${endpoint.path} refused ${body.kind} but changed state`).toEqual(baseline);
      baseline = after;
    }),
    { numRuns: options.numRuns, endOnFailure: true, ...(seed === undefined ? {} : { seed }) },
  );
}
