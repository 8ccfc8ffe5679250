// Property: the describer and the program namer accept every program the grammar can express.
import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { arbProgram } from '../testing/arbitraryPrograms.js';
import { describe } from './describe.js';
import { programName } from './programName.js';
import { testClasses } from './testClasses.js';

const classes = testClasses();
const KNOWN_AGGREGATIONS = new Set(['avg', 'min', 'max', 'sum', 'count']);

suite('describe (arbitrary programs)', () => {
  it('describes and names every program without throwing', () => {
    fc.assert(
      fc.property(arbProgram, (program) => {
        let description: string;
        try {
          description = describe(program, classes);
        } catch (error) {
          // The only refusal: an aggregation operator ThingTalk does not have.
          expect(String(error)).toMatch(/Invalid aggregation (\w+)/);
          expect(KNOWN_AGGREGATIONS.has(/Invalid aggregation (\w+)/.exec(String(error))?.[1] ?? '')).toBe(false);
          return;
        }
        expect(typeof description).toBe('string');
        expect(typeof programName(program)).toBe('string');
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });
});
