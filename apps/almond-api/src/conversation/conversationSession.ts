// One Almond conversation of a user: the agent's state and its serialized rounds. Each input goes through
// stepAlmond; the effects are carried out here (programs run through the app runner, set-up-free devices added)
// and their results fed back, so that `handle` returns the complete round, ending with its askSpecial. Sentences the
// user taught (`learn`) are stored and understood from then on.
import { randomUUID } from 'node:crypto';
import {
  initialAlmondState, stepAlmond, type AlmondEffect, type AlmondInput, type AlmondOutput, type AlmondState,
  type AlmondStepContext, type AppResult, type ExampleCommand,
} from '@parley/dialog-engine';
import type { UserStore } from '../accounts/userStore.js';
import type { DeviceStore } from '../devices/deviceStore.js';
import type { AppRunner } from '../programs/appRunner.js';
import { ProgramError } from '../programs/programError.js';
import type { ThingpediaCatalog } from '../thingpedia/catalog.js';
import type { AlmondNluFactory } from './almondNlu.js';
import { withLearned, type LearnedCommandStore } from './learnedCommands.js';

export interface ConversationDeps {
  catalog: ThingpediaCatalog;
  devices: DeviceStore;
  users: UserStore;
  runner: AppRunner;
  nlu: AlmondNluFactory;
  examples: readonly ExampleCommand[];
  learned: LearnedCommandStore;
}

export class ConversationSession {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly deps: ConversationDeps,
    readonly userId: string,
    /** The anonymous conversation: single queries only (the agent asks to register for the rest). */
    private readonly anonymous = false,
    /** The agent's state, plain JSON: a stored conversation continues from it. */
    private state: AlmondState = initialAlmondState(),
  ) {}

  /** The agent's state after the rounds so far (to store it). */
  get snapshot(): AlmondState {
    return this.state;
  }

  /** Runs one round (rounds never overlap) and returns its messages. */
  handle(input: AlmondInput): Promise<AlmondOutput[]> {
    const round = this.queue.then(() => this.run(input));
    this.queue = round.catch(() => undefined);
    return round;
  }

  private async context(input: AlmondInput): Promise<AlmondStepContext> {
    const { catalog, devices, users, nlu, examples, learned } = this.deps;
    const user = await users.byId(this.userId);
    const taught = input.type === 'command' && !this.anonymous ? await learned.lookup(this.userId, input.text) : undefined;
    const now = Date.now();
    return {
      now,
      random: Math.random,
      uuid: randomUUID,
      nlu: withLearned(nlu({ now, timeZone: user?.timezone ?? 'UTC' }), taught === undefined || input.type !== 'command' ? undefined : { text: input.text, candidate: taught }),
      timeZone: user?.timezone ?? 'UTC',
      classes: catalog.schemas,
      devices: (await devices.list(this.userId)).map(({ uniqueId, kind, name }) => ({ uniqueId, kind, name })),
      catalog: catalog.kinds(),
      examples,
      ...(this.anonymous ? { anonymous: true } : {}),
    };
  }

  private async run(input: AlmondInput): Promise<AlmondOutput[]> {
    const outputs: AlmondOutput[] = [];
    let next: AlmondInput | undefined = input;
    while (next !== undefined) {
      const step = stepAlmond(this.state, next, await this.context(next));
      this.state = step.state;
      outputs.push(...step.outputs);
      next = undefined;
      for (const effect of step.effects) {
        const followUp = await this.carryOut(effect);
        if (followUp !== undefined) next = followUp;
      }
    }
    return outputs;
  }

  /** Does what an effect asks; an `execute` gives the `app-results` input that completes the round. */
  private async carryOut(effect: AlmondEffect): Promise<AlmondInput | undefined> {
    const { devices, runner } = this.deps;
    if (effect.kind === 'add-device') {
      await devices.add(this.userId, effect.deviceKind);
      return undefined;
    }
    if (effect.kind === 'learn') {
      if (!this.anonymous) await this.deps.learned.learn(this.userId, effect.utterance, effect.code, effect.entities);
      return undefined;
    }
    let results: AppResult[];
    try {
      if (effect.longRunning) {
        await runner.start({ id: effect.appId, userId: this.userId, code: effect.code, description: effect.description, icon: effect.iconKind }, effect.program);
        results = [];
      } else {
        const outcome = await runner.runOnce(this.userId, effect.program);
        results = [
          ...outcome.results.map((result) => ({ outputType: result.outputType, formatted: result.formatted })),
          ...outcome.errors.map((error) => ({ error: error.message })),
        ];
      }
    } catch (error) {
      if (!(error instanceof ProgramError)) throw error;
      results = [{ error: error.message }];
    }
    return { type: 'app-results', appId: effect.appId, results };
  }
}
