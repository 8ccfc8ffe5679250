// Voice queries through @parley/speech's pocketsphinx recognizer, with a JSGF grammar of the agent's phrases.
// Each grammar keeps a warm decoder process; agents whose builds have the same phrases share it, and only the
// most recently used grammars stay warm (the others are closed once their running queries finish).
import { PocketsphinxRecognizer } from '@parley/speech';
import type { Entity, Intent } from '@parley/apiai-agent/model';
import { grammarPhrases } from './grammarPhrases.js';
import { pcmToWav } from './pcmToWav.js';
import type { SpeechToText } from './SpeechToText.js';

type AgentSentences = { intents: readonly Intent[]; entities: readonly Entity[] };

interface WarmGrammar {
  readonly recognizer: Promise<PocketsphinxRecognizer>;
  users: number;
  evicted: boolean;
}

/** `warmGrammars`: how many grammars keep a decoder process running (default 4). */
export function pocketsphinxSpeech(options: { warmGrammars?: number } = {}): SpeechToText {
  const limit = Math.max(1, options.warmGrammars ?? 4);
  const phrasesOf = new WeakMap<AgentSentences, readonly string[]>();
  // Insertion order is recency: a used grammar is moved to the end, the first one is evicted.
  const grammars = new Map<string, WarmGrammar>();

  const release = async (grammar: WarmGrammar) => {
    if (!grammar.evicted || grammar.users > 0) return;
    const recognizer = await grammar.recognizer.catch(() => undefined);
    await recognizer?.close();
  };

  const acquire = (agent: AgentSentences): WarmGrammar => {
    let phrases = phrasesOf.get(agent);
    if (phrases === undefined) {
      phrases = grammarPhrases(agent.intents, agent.entities);
      phrasesOf.set(agent, phrases);
    }
    const key = phrases.join('\n');
    let grammar = grammars.get(key);
    if (grammar === undefined) {
      const recognizer = PocketsphinxRecognizer.create({ phrases });
      grammar = { recognizer, users: 0, evicted: false };
      const created = grammar;
      recognizer.catch(() => {
        if (grammars.get(key) === created) grammars.delete(key);
      });
    }
    grammars.delete(key);
    grammars.set(key, grammar);
    for (const [oldest, old] of grammars) {
      if (grammars.size <= limit) break;
      grammars.delete(oldest);
      old.evicted = true;
      void release(old);
    }
    return grammar;
  };

  return {
    async recognize(pcm, agent) {
      const grammar = acquire(agent);
      grammar.users++;
      try {
        const transcript = await (await grammar.recognizer).transcribe(pcmToWav(pcm));
        return transcript.source === 'rejected' || transcript.text.trim() === '' ? undefined : transcript.text;
      } finally {
        grammar.users--;
        await release(grammar);
      }
    },
    async close() {
      const open = [...grammars.values()];
      grammars.clear();
      for (const grammar of open) grammar.evicted = true;
      await Promise.all(open.map(release));
    },
  };
}
