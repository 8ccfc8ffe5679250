import { Schemas } from '@parley/thingtalk';
import { describe, expect, it } from 'vitest';
import type { AlmondStepContext } from './almondStepContext.js';
import { initialAlmondState } from './state.js';
import { stepAlmond } from './stepAlmond.js';

describe('stepAlmond', () => {
  it('takes the top-level failure path when a port breaks its contract: one text, no askSpecial, default state', () => {
    const ctx: AlmondStepContext = {
      now: 0,
      random: () => 0,
      uuid: () => '1',
      nlu: {
        parse: () => {
          throw new Error('NLU down');
        },
      },
      classes: new Schemas(),
      devices: [],
      catalog: [],
    };
    const busy = { ...initialAlmondState(), expecting: 'number' as const };
    const step = stepAlmond(busy, { type: 'command', text: 'hello' }, ctx);
    expect(step.outputs).toEqual([{ type: 'text', text: 'Sorry, I had an error processing your command: NLU down', icon: null }]);
    expect(step.state).toEqual(initialAlmondState());
    expect(step.effects).toEqual([]);
  });
});
