// What users taught the agent with `special:train` (the `learn` effect): per user, a sentence and its meaning. The
// NLU answers a taught sentence with that meaning, as an exact match, before anything else.
import type { AlmondCandidate, AlmondNlu } from '@parley/dialog-engine';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/Database.js';
import { learnedCommands } from '../db/schema.js';

function normalizeUtterance(text: string): string {
  return text.toLowerCase().replace(/[.!?,;:]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export function createLearnedCommandStore(db: Database) {
  return {
    async learn(userId: string, utterance: string, code: readonly string[] | string, entities: Readonly<Record<string, unknown>>): Promise<void> {
      const values = { utterance: normalizeUtterance(utterance), code: typeof code === 'string' ? code : [...code], entities: { ...entities } };
      await db
        .insert(learnedCommands)
        .values({ userId, ...values })
        .onConflictDoUpdate({ target: [learnedCommands.userId, learnedCommands.utterance], set: { code: values.code, entities: values.entities } });
    },

    async lookup(userId: string, text: string): Promise<AlmondCandidate | undefined> {
      const [row] = await db
        .select()
        .from(learnedCommands)
        .where(and(eq(learnedCommands.userId, userId), eq(learnedCommands.utterance, normalizeUtterance(text))));
      return row === undefined ? undefined : { code: row.code, entities: row.entities, score: 'Infinity' };
    },
  };
}

export type LearnedCommandStore = ReturnType<typeof createLearnedCommandStore>;

/** The NLU with one taught sentence answered first (looked up before the step: the NLU port is synchronous). */
export function withLearned(nlu: AlmondNlu, taught: { text: string; candidate: AlmondCandidate } | undefined): AlmondNlu {
  if (taught === undefined) return nlu;
  return {
    parse(text, options) {
      return normalizeUtterance(text) === normalizeUtterance(taught.text) ? [taught.candidate, ...nlu.parse(text, options)] : nlu.parse(text, options);
    },
  };
}
