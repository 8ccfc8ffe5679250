import { describe, expect, it } from 'vitest';
import { startTestApp } from '../testing/testApp.js';

// /healthz reports whether the app can reach its database (@parley/server-kit), for load balancers.
describe('/healthz', () => {
  it('answers 200 while the database answers and 503 once it is gone', async () => {
    const test = await startTestApp();
    try {
      expect((await test.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
      await test.database.close();
      const gone = await test.app.inject('/healthz');
      expect(gone.statusCode).toBe(503);
      expect(gone.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' });
    } finally {
      await test.close();
    }
  });
});
