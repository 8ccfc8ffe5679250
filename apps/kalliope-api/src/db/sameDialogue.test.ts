import { initialKalliopeState, type KalliopeState } from '@parley/dialog-engine';
import { describe, expect, it } from 'vitest';
import { isSameDialogue } from './sameDialogue.js';

const idle = (memory: KalliopeState['memory'], nextRunId = 1): KalliopeState => ({ ...initialKalliopeState(), memory, nextRunId });

describe('isSameDialogue', () => {
  it('finds an idle dialogue the same when only the run counter moved, by reference or by value', () => {
    const memory = { kalliope_last_order: 'say hello' };
    expect(isSameDialogue(idle(memory, 2), idle(memory, 3))).toBe(true);
    expect(isSameDialogue(idle(memory, 2), idle({ kalliope_last_order: 'say hello' }, 3))).toBe(true);
  });

  it('finds a changed memory, a waiting question, a live run or another field different', () => {
    const memory = { kalliope_last_order: 'say hello' };
    expect(isSameDialogue(idle(memory), idle({ kalliope_last_order: 'say bye' }))).toBe(false);
    expect(isSameDialogue(idle(memory), { ...idle(memory), waitingForAnswer: true })).toBe(false);
    expect(isSameDialogue(idle(memory), { ...idle(memory), lifo: [[1]] })).toBe(false);
    expect(isSameDialogue(idle(memory), { ...idle(memory), extra: 1 } as KalliopeState)).toBe(false);
  });

  it('compares dialogues with a live run in full, run counter included', () => {
    const live = { ...idle({}, 2), lifo: [[1]] };
    expect(isSameDialogue(live, { ...live })).toBe(true);
    expect(isSameDialogue(live, { ...live, nextRunId: 3 })).toBe(false);
  });
});
