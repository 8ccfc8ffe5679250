import type { Entity, Intent } from '@parley/apiai-agent/model';
// What voice queries need from speech recognition: 16 kHz 16-bit mono PCM in, the recognised text out, with a
// grammar made from the agent's own sentences.

export interface SpeechToText {
  /** The recognised text, or `undefined` when nothing the agent understands was heard. */
  recognize(pcm: Buffer, agent: { intents: readonly Intent[]; entities: readonly Entity[] }): Promise<string | undefined>;
  /** Stops what recognition keeps running (warm decoder processes); called when the app closes. */
  close?(): Promise<void>;
}
