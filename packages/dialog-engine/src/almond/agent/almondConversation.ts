// One Almond conversation (docs/protocols/almond.md §3.1, §4): the agent's state and its serialized rounds. Each
// input goes through stepAlmond; the effects are carried out through the ports (set-up-free devices added, programs
// run, sentences learned) and an `execute`'s results fed back, so that `handle` returns the complete round, ending
// with its askSpecial. The server's conversations and `createAlmondAgent` both run on this loop.
import { loadRecognizers } from '@parley/nlu';
import type { AlmondEffect, AlmondInput, AppResult } from '../almondIo.js';
import type { AlmondStepContext } from '../almondStepContext.js';
import type { AlmondOutput } from '../messages.js';
import { initialAlmondState, type AlmondState } from '../state.js';
import { stepAlmond } from '../stepAlmond.js';

export type ExecuteEffect = Extract<AlmondEffect, { kind: 'execute' }>;
export type LearnEffect = Extract<AlmondEffect, { kind: 'learn' }>;

/** What a conversation needs from its host: the context of a step, and the effects carried out. */
export interface AlmondConversationPorts {
  /** The context of one step, read again for every step (a device added by the previous one counts). */
  context(input: AlmondInput): AlmondStepContext | Promise<AlmondStepContext>;
  /** Adds the user's device of a set-up-free kind (its uniqueId is the kind). */
  addDevice(kind: string): Promise<void>;
  /** Runs a ready program: the results of its main output (none for a long-running one: it notifies later). */
  execute(effect: ExecuteEffect): Promise<readonly AppResult[]>;
  /** Remembers what a sentence means (`special:train`). */
  learn(effect: LearnEffect): Promise<void>;
}

export interface AlmondConversation {
  /** Runs one round (rounds never overlap) and returns its messages. */
  handle(input: AlmondInput): Promise<AlmondOutput[]>;
  /** The agent's state after the rounds so far: plain JSON, to store and continue from. */
  readonly state: AlmondState;
}

export function createAlmondConversation(ports: AlmondConversationPorts, initial: AlmondState = initialAlmondState()): AlmondConversation {
  let state = initial;
  let queue: Promise<unknown> = Promise.resolve();

  /** Does what an effect asks; an `execute` gives the `app-results` input that completes the round. */
  async function carryOut(effect: AlmondEffect): Promise<AlmondInput | undefined> {
    switch (effect.kind) {
      case 'add-device':
        await ports.addDevice(effect.deviceKind);
        return undefined;
      case 'learn':
        await ports.learn(effect);
        return undefined;
      case 'execute':
        return { type: 'app-results', appId: effect.appId, results: await ports.execute(effect) };
    }
  }

  async function run(input: AlmondInput): Promise<AlmondOutput[]> {
    const outputs: AlmondOutput[] = [];
    let next: AlmondInput | undefined = input;
    while (next !== undefined) {
      // A command goes through the NLU, which reads numbers and dates with the recognizers-text suite: loaded by the
      // first command, not when the conversation opens.
      if (next.type === 'command') await loadRecognizers();
      const step = stepAlmond(state, next, await ports.context(next));
      state = step.state;
      outputs.push(...step.outputs);
      next = undefined;
      for (const effect of step.effects) next = (await carryOut(effect)) ?? next;
    }
    return outputs;
  }

  return {
    handle(input) {
      const round = queue.then(() => run(input));
      queue = round.catch(() => undefined);
      return round;
    },
    get state() {
      return state;
    },
  };
}
