// STT accuracy and latency on synthesized orders: espeak-ng speaks known orders (two voices, two speeds) and
// out-of-grammar sentences; pocketsphinx with the orders' JSGF grammar must recognise the first and reject the others.
import { EspeakSynthesizer, PocketsphinxRecognizer } from '@parley/speech';
import { summarize, type LatencySummary } from './latency.js';

export const KNOWN_ORDERS = [
  'say hello',
  'ask me a question',
  'what time is it',
  'not at all',
  'absolutely',
  'what is my name',
  'turn on the light in the kitchen',
  'turn off the light in the bedroom',
  'open the garage door',
  'close the window',
  'start the radio',
  'stop the music',
  'lock the front door',
  'set the heater to twenty degrees',
  'what is the weather like today',
  'play some jazz music',
];

export const OUT_OF_GRAMMAR = [
  'banana pancake tomorrow',
  'good morning',
  'please open the garage door',
  'i like trains',
  'the quick brown fox jumps over the lazy dog',
  'how far is the moon',
  'call my mother',
  'order a pizza with extra cheese',
];

export const VOICES = [
  { voice: 'en-us', speed: 160 },
  { voice: 'en-us', speed: 130 },
  { voice: 'en-gb', speed: 160 },
  { voice: 'en-gb', speed: 130 },
];

export interface SttResult {
  readonly voice: string;
  readonly speed: number;
  readonly recognised: number;
  readonly known: number;
  readonly rejected: number;
  readonly outOfGrammar: number;
  readonly latency: LatencySummary;
  readonly errors: readonly string[];
}

export async function benchStt(): Promise<SttResult[]> {
  const recognizer = await PocketsphinxRecognizer.create({ phrases: KNOWN_ORDERS, languageModelFallback: false });
  const speaker = new EspeakSynthesizer();
  const results: SttResult[] = [];
  for (const { voice, speed } of VOICES) {
    const times: number[] = [];
    const errors: string[] = [];
    let recognised = 0;
    let rejected = 0;
    for (const order of [...KNOWN_ORDERS, ...OUT_OF_GRAMMAR]) {
      const wav = await speaker.synthesize(order, { voice, speed });
      const start = process.hrtime.bigint();
      const transcript = await recognizer.transcribe(wav);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      const known = KNOWN_ORDERS.includes(order);
      if (known && transcript.text === order) recognised++;
      else if (!known && transcript.source === 'rejected') rejected++;
      else errors.push(`"${order}" → ${transcript.source === 'rejected' ? 'rejected' : `"${transcript.text}"`}`);
    }
    console.log(`  ${voice} ${speed} wpm: ${recognised}/${KNOWN_ORDERS.length} recognised, ${rejected}/${OUT_OF_GRAMMAR.length} rejected`);
    results.push({ voice, speed, recognised, known: KNOWN_ORDERS.length, rejected, outOfGrammar: OUT_OF_GRAMMAR.length, latency: summarize(times), errors });
  }
  return results;
}
