import { describe, expect, it } from 'vitest';
import { parse } from '../parser/parse.js';
import { print } from '../printer/print.js';
import { testSchemas } from '../testing/testSchemas.js';
import { fromNN } from './fromNN.js';
import { toNN } from './toNN.js';

// DATE entities as thingtalk 1.10 reads them: field objects are instants in the process's time zone (here given
// explicitly), ISO strings are instants.
const schemas = testSchemas();
const LA = 'America/Los_Angeles';
const NN = 'now => ( @com.xkcd.what_if ) filter param:updated_time:Date >= DATE_0 => notify';
const at = (date: string): string => `now => (@com.xkcd.what_if()), updated_time >= ${date} => notify;`;

describe('DATE entities', () => {
  it('from NN: a date of fields is the instant in the time zone, as thingtalk 1.10 prints it', () => {
    const fields = { DATE_0: { year: 2018, month: 5, day: 23, hour: -1, minute: -1, second: -1 } };
    expect(print(fromNN(NN, fields, { timeZone: LA }))).toBe(at('new Date("2018-05-23T07:00:00.000Z")'));
    expect(print(fromNN(NN, { DATE_0: { year: 2018, month: 5, day: 23, hour: 10, minute: 30, second: 0 } }, { timeZone: LA }))).toBe(
      at('new Date("2018-05-23T17:30:00.000Z")'),
    );
    expect(print(fromNN(NN, fields))).toBe(at('new Date(2018, 5, 23)'));
    expect(print(fromNN(NN, { DATE_0: '2018-05-23T07:00:00.000Z' }))).toBe(at('new Date("2018-05-23T07:00:00.000Z")'));
  });

  it('to NN: an ISO string entity is found for the same instant, written either way', () => {
    const entities = { DATE_0: '2018-05-23T07:00:00.000Z' };
    expect(toNN(parse(at('new Date("2018-05-23T07:00:00.000Z")')), '', entities, { schemas }).join(' ')).toBe(NN);
    expect(toNN(parse(at('new Date(2018, 5, 23)')), '', entities, { schemas, timeZone: LA }).join(' ')).toBe(NN);
    expect(() => toNN(parse(at('new Date(2018, 5, 23)')), '', entities, { schemas, timeZone: 'UTC' })).toThrow(/Cannot find entity/);
    expect(toNN(parse(at('new Date("2018-05-23T07:00:00.000Z")')), '', { DATE_0: { year: 2018, month: 5, day: 23, hour: 0, minute: 0, second: 0 } }, { schemas, timeZone: LA }).join(' ')).toBe(NN);
  });
});
