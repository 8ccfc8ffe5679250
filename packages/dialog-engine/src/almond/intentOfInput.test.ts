import { parse, Schemas } from '@parley/thingtalk';
import { describe, expect, it } from 'vitest';
import { intentOfInput } from './intentOfInput.js';

const classes = Schemas.fromText('class @com.foo { action send(in req message: String); }');

describe('intentOfInput', () => {
  it('does not support dialogue states (thingtalk 1.10 agent states) nor permission rules', () => {
    const unsupported = { type: 'unsupported', text: "Sorry, I don't know how to do that yet." };
    expect(intentOfInput(parse('$dialogue @org.thingpedia.dialogue.transaction.execute; now => @com.foo.send(message="x");'), classes, true)).toEqual(unsupported);
    expect(intentOfInput(parse('true : now => @com.foo.send;'), classes, true)).toEqual(unsupported);
  });
});
