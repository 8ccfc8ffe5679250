import { describe, expect, it } from 'vitest';
import { createTestApp, openTestDatabase } from '../testing/kalliopeTestApp.js';

// /healthz reports whether the app can reach its database (@parley/server-kit), for load balancers.
describe('/healthz', () => {
  it('answers 200 while the database answers and 503 once it is gone', async () => {
    const { database, drop } = await openTestDatabase();
    const t = await createTestApp({ brain: '- name: "hello"\n  signals:\n    - order: "hello"\n  neurons:\n    - say:\n        message: "hi"\n', database });
    try {
      expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
      await database.close();
      const gone = await t.app.inject('/healthz');
      expect(gone.statusCode).toBe(503);
      expect(gone.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' });
    } finally {
      await t.close();
      await drop();
    }
  });
});
