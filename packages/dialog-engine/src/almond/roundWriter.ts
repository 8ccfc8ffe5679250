import type { AlmondEffect } from './almondIo.js';
import { textMessage, type AlmondOutput } from './messages.js';

/** Collects the messages and effects of one step (local to the step: the reducer stays pure). */
export class RoundWriter {
  readonly outputs: AlmondOutput[] = [];
  readonly effects: AlmondEffect[] = [];

  say(text: string, icon: string | null = null): void {
    this.outputs.push(textMessage(text, icon));
  }

  send(...messages: AlmondOutput[]): void {
    this.outputs.push(...messages);
  }

  effect(effect: AlmondEffect): void {
    this.effects.push(effect);
  }
}
