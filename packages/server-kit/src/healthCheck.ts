// GET /healthz that tells a load balancer whether this instance can serve: 200 {"status":"ok"} when a trivial
// query answers within a short time, 503 when the database is unreachable (or too slow to be of use).
import { sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** What the check needs of a drizzle database (PGlite or Postgres). */
export interface Queryable {
  execute(query: SQL): PromiseLike<unknown>;
}

export interface HealthCheckOptions {
  readonly db: Queryable;
  /** How long `select 1` may take before the database counts as unreachable (default 2 s). */
  readonly timeoutMs?: number;
  /** The 503 body in the app's own error shape; default `{"status":"unavailable","reason":…}`. */
  readonly unavailableBody?: (reason: string, request: FastifyRequest) => unknown;
}

export const databaseUnreachable = 'database unreachable';

/** Resolves to undefined when `select 1` answered within `timeoutMs`, else to why not. */
async function probeDatabase(db: Queryable, timeoutMs: number): Promise<Error | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Error>((resolve) => {
    timer = setTimeout(() => resolve(new Error(`select 1 did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  const answered = Promise.resolve(db.execute(sql`select 1`)).then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  try {
    return await Promise.race([answered, late]);
  } finally {
    clearTimeout(timer);
  }
}

export function registerHealthCheck(app: FastifyInstance, options: HealthCheckOptions): void {
  const timeoutMs = options.timeoutMs ?? 2000;
  const unavailableBody = options.unavailableBody ?? ((reason: string) => ({ status: 'unavailable', reason }));
  app.get('/healthz', async (request, reply) => {
    const failure = await probeDatabase(options.db, timeoutMs);
    if (failure === undefined) return { status: 'ok' };
    request.log.warn({ err: failure }, `health check failed: ${databaseUnreachable}`);
    return reply.code(503).header('cache-control', 'no-store').send(unavailableBody(databaseUnreachable, request));
  });
}
