// One Almond conversation of a user, on the loop `@parley/dialog-engine/almond` runs for embedded agents too
// (createAlmondConversation): each step's context read from the user's data, the effects carried out here
// (programs run through the app runner, set-up-free devices added to the user's store) and their results fed
// back, so that `handle` returns the complete round, ending with its askSpecial. Sentences the user taught
// (`learn`) are stored and understood from then on.
import { randomUUID } from 'node:crypto';
import { initialAlmondState, type AlmondInput, type AlmondState, type AlmondStepContext, type AppResult, type ExampleCommand } from '@parley/dialog-engine';
import type { AlmondMessage } from '@parley/protocol-types';
import { createAlmondConversation, type AlmondConversation, type AlmondNluFactory, type ExecuteEffect } from '@parley/dialog-engine/almond';
import type { UserStore } from '../accounts/userStore.js';
import type { DeviceStore } from '../devices/deviceStore.js';
import type { AppRunner } from '../programs/appRunner.js';
import { ProgramError } from '../programs/programError.js';
import type { ThingpediaCatalog } from '../thingpedia/catalog.js';
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
  private readonly conversation: AlmondConversation;

  constructor(
    private readonly deps: ConversationDeps,
    readonly userId: string,
    /** The anonymous conversation: single queries only (the agent asks to register for the rest). */
    private readonly anonymous = false,
    /** The agent's state, plain JSON: a stored conversation continues from it. */
    state: AlmondState = initialAlmondState(),
  ) {
    this.conversation = createAlmondConversation(
      {
        context: (input) => this.context(input),
        addDevice: async (kind) => {
          await deps.devices.add(userId, kind);
        },
        execute: (effect) => this.execute(effect),
        learn: async (effect) => {
          if (!anonymous) await deps.learned.learn(userId, effect.utterance, effect.code, effect.entities);
        },
      },
      state,
    );
  }

  /** The agent's state after the rounds so far (to store it). */
  get snapshot(): AlmondState {
    return this.conversation.state;
  }

  /** Runs one round (rounds never overlap) and returns its messages. */
  handle(input: AlmondInput): Promise<AlmondMessage[]> {
    return this.conversation.handle(input);
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

  /** Runs the effect's ready program: a command's results, none for a long-running one (it notifies later). */
  private async execute(effect: ExecuteEffect): Promise<AppResult[]> {
    const { runner } = this.deps;
    try {
      if (effect.longRunning) {
        await runner.start({ id: effect.appId, userId: this.userId, code: effect.code, description: effect.description, icon: effect.iconKind }, effect.program);
        return [];
      }
      const outcome = await runner.runOnce(this.userId, effect.program);
      return [
        ...outcome.results.map((result) => ({ outputType: result.outputType, formatted: result.formatted })),
        ...outcome.errors.map((error) => ({ error: error.message })),
      ];
    } catch (error) {
      if (!(error instanceof ProgramError)) throw error;
      return [{ error: error.message }];
    }
  }
}
