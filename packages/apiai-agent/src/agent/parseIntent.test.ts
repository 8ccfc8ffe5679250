import { describe, expect, it } from 'vitest';
import { InvalidAgentError } from './InvalidAgentError.js';
import { maxIntentNameLength, parseIntent } from './parseIntent.js';

describe('parseIntent name', () => {
  it(`accepts a name of ${maxIntentNameLength} characters`, () => {
    expect(parseIntent({ name: 'n'.repeat(maxIntentNameLength), templates: ['hello'] }).name).toHaveLength(maxIntentNameLength);
  });

  it('refuses a longer name with api.ai\'s 400', () => {
    const parse = () => parseIntent({ name: 'n'.repeat(3000), templates: ['hello'] });
    expect(parse).toThrow(InvalidAgentError);
    expect(parse).toThrow(/longer than 100 characters/);
  });
});
