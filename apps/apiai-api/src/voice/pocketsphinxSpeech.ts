// Voice queries through @parley/speech's pocketsphinx recognizer, with a JSGF grammar of the agent's phrases.
// One recognizer per agent build (the build changes with every intent or entity change).
import { PocketsphinxRecognizer } from '@parley/speech';
import type { Entity, Intent } from '../agent/model.js';
import { grammarPhrases } from './grammarPhrases.js';
import { pcmToWav } from './pcmToWav.js';
import type { SpeechToText } from './SpeechToText.js';

type AgentSentences = { intents: readonly Intent[]; entities: readonly Entity[] };

export function pocketsphinxSpeech(): SpeechToText {
  const recognizers = new WeakMap<AgentSentences, Promise<PocketsphinxRecognizer>>();
  return {
    async recognize(pcm, agent) {
      let recognizer = recognizers.get(agent);
      if (recognizer === undefined) {
        recognizer = PocketsphinxRecognizer.create({ phrases: grammarPhrases(agent.intents, agent.entities) });
        recognizers.set(agent, recognizer);
        recognizer.catch(() => recognizers.delete(agent));
      }
      const transcript = await (await recognizer).transcribe(pcmToWav(pcm));
      return transcript.source === 'rejected' || transcript.text.trim() === '' ? undefined : transcript.text;
    },
  };
}
