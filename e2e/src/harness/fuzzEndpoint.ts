// Property: whatever hostile body an endpoint receives, it answers in time with a status below 500, and a refusal
// (4xx) leaves the stored state exactly as it was. An accepted write (2xx) becomes the new baseline.
import fc from 'fast-check';
import { expect } from 'vitest';
import { hostileBody, type RawBody } from './hostileBodies.js';

export interface Endpoint {
  method: 'POST' | 'PUT' | 'DELETE' | 'GET';
  path: string;
  headers: Record<string, string>;
  /** A valid body, the seed of the hostile variants. */
  example: unknown;
  /** Field variants that are known to fail (reported to the app's owners), e.g. `name:long`. */
  knownIssues?: readonly string[];
  /** Hostile bodies to send instead of the variants of `example` (e.g. variants of a nested object). */
  bodies?: fc.Arbitrary<RawBody>;
}

/** Runs are reproducible (CI stays deterministic); E2E_FUZZ_SEED=random explores, E2E_FUZZ_RUNS sets the count. */
const seedSetting = process.env.E2E_FUZZ_SEED ?? '20261121';
const seed = seedSetting === 'random' ? undefined : Number(seedSetting);

export interface FuzzOptions {
  /** Reads the state that refusals must not change (a JSON dump through the app's read routes). */
  snapshot: () => Promise<unknown>;
  numRuns: number;
  timeoutMs?: number;
}

export async function send(base: string, endpoint: Endpoint, body: RawBody, timeoutMs = 20_000): Promise<number> {
  const response = await fetch(`${base}${endpoint.path}`, {
    method: endpoint.method,
    headers: { ...endpoint.headers, 'content-type': body.contentType },
    body: body.payload,
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.arrayBuffer();
  return response.status;
}

export async function fuzzEndpoint(base: string, endpoint: Endpoint, options: FuzzOptions): Promise<void> {
  let baseline = await options.snapshot();
  await fc.assert(
    fc.asyncProperty(endpoint.bodies ?? hostileBody(endpoint.example, endpoint.knownIssues), async (body) => {
      const status = await send(base, endpoint, body, options.timeoutMs);
      expect(status, `${endpoint.method} ${endpoint.path} with ${body.kind}`).toBeLessThan(500);
      const after = await options.snapshot();
      if (status >= 400) expect(after, `${endpoint.method} ${endpoint.path} refused ${body.kind} but changed state`).toEqual(baseline);
      baseline = after;
    }),
    { numRuns: options.numRuns, endOnFailure: true, ...(seed === undefined ? {} : { seed }) },
  );
}
