import { parseOrderSignal } from '@parley/nlu';
import { describe, expect, it } from 'vitest';
import type { Brain, Synapse } from '../brain/synapse.js';
import { DEFAULT_SETTINGS } from '../settings/settings.js';
import { dialogContext } from './dialogContext.js';
import { RunningBrain } from './runningBrain.js';

function synapse(name: string, order: string): Synapse {
  return { name, signals: [{ name: 'order', parameters: order }], neurons: [], orders: [parseOrderSignal(order)], enabled: true };
}

const brain: Brain = {
  file: 'brain.yml',
  synapses: [synapse('lights', 'turn on the lights'), synapse('music', 'play some music')],
  correctionFiles: {},
  templateFiles: {},
};

const matchedNames = (running: RunningBrain, order: string) => {
  const context = dialogContext(running, Math.random);
  return context.matchOrder(order, context.brain).map((match) => match.synapseName);
};

describe('dialogContext: the brain compiled once per change', () => {
  it('hands every request the same synapse array and matcher while the brain is unchanged', () => {
    const running = new RunningBrain(brain, DEFAULT_SETTINGS);
    const first = dialogContext(running, Math.random);
    const second = dialogContext(running, Math.random);
    expect(second.brain).toBe(first.brain);
    expect(second.matchOrder).toBe(first.matchOrder);
  });

  it('recompiles after an enable toggle, an added synapse or a reload', () => {
    const running = new RunningBrain(brain, DEFAULT_SETTINGS);
    expect(matchedNames(running, 'play some music please')).toEqual(['music']);
    running.setEnabled('music', false);
    expect(matchedNames(running, 'play some music please')).toEqual([]);
    running.addSynapse(synapse('jazz', 'play some jazz'));
    expect(matchedNames(running, 'play some jazz')).toEqual(['jazz']);
    running.replace({ ...brain, synapses: [synapse('radio', 'play the radio')] }, DEFAULT_SETTINGS);
    expect(matchedNames(running, 'play the radio')).toEqual(['radio']);
    expect(matchedNames(running, 'turn on the lights')).toEqual([]);
  });
});
