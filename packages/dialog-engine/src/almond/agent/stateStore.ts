// Where an embedded agent keeps its conversations' states between rounds (plain JSON): in memory by default, or
// any store (a database, a file, a cache) that loads and saves by conversation id.
import type { AlmondState } from '../state.js';

export interface AlmondStateStore {
  load(conversationId: string): AlmondState | undefined | Promise<AlmondState | undefined>;
  save(conversationId: string, state: AlmondState): void | Promise<void>;
}

export function memoryStateStore(): AlmondStateStore {
  const states = new Map<string, AlmondState>();
  return {
    load: (conversationId) => states.get(conversationId),
    save: (conversationId, state) => {
      states.set(conversationId, state);
    },
  };
}
