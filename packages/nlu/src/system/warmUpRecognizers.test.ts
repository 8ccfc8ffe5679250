import { expect, it } from 'vitest';
import { recognizeSystemEntities } from './recognizeSystemEntities.js';
import { warmUpRecognizers } from './warmUpRecognizers.js';

it('loads the suite and makes the next recognition fast', async () => {
  await warmUpRecognizers('en');
  const started = performance.now();
  expect(recognizeSystemEntities('tomorrow', { now: 0, entities: ['date'] })).toHaveLength(1);
  expect(performance.now() - started).toBeLessThan(1000);
}, 60_000);
