import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { print } from '../printer/print.js';
import { arbTypedProgram } from '../testing/arbitraryTypedPrograms.js';
import { testSchemas } from '../testing/testSchemas.js';
import { typeCheck } from '../typecheck/typeCheck.js';
import { toNNWithEntities } from './allocatedNN.js';
import { fromNN } from './fromNN.js';
import { toNN } from './toNN.js';

const schemas = testSchemas();

describe('NN syntax round trip', () => {
  it('toNN(fromNN(toNN(p))) gives the same code and entities, with and without type annotations', () => {
    fc.assert(
      fc.property(arbTypedProgram, (program) => {
        const first = toNNWithEntities(program, schemas);
        const back = typeCheck(fromNN(first.code, first.entities), schemas);
        expect(toNNWithEntities(back, schemas)).toEqual(first);
        const untyped = toNNWithEntities(program, schemas, false);
        expect(print(typeCheck(fromNN(untyped.code, untyped.entities), schemas))).toBe(print(back));
        expect(toNN(back, '', first.entities, { schemas })).toEqual(first.code);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
