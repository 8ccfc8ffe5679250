// STT accuracy and latency on synthesized orders: espeak-ng speaks known orders (two voices, two speeds) and
// out-of-grammar sentences; pocketsphinx with the orders' JSGF grammar must recognise the first and reject the others.
import { cpus, loadavg } from 'node:os';
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

/** Orders (the grammar), out-of-grammar sentences and the espeak-ng voices that speak both. */
export interface SttSet {
  readonly orders: readonly string[];
  readonly outOfGrammar: readonly string[];
  readonly voices: readonly { readonly voice: string; readonly speed: number }[];
}

/** The test set `pnpm bench kalliope` measures. */
export const TEST_SET: SttSet = { orders: KNOWN_ORDERS, outOfGrammar: OUT_OF_GRAMMAR, voices: VOICES };

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

export interface SttRun {
  readonly rows: readonly SttResult[];
  /** Starting the warm decoder (loading the acoustic model, grammar and dictionary), milliseconds. */
  readonly coldStartMs: number;
  /** 1-minute load average before and after the speech runs (the bench machine is shared). */
  readonly loadAverage: readonly [number, number];
}

/** Each set with a recogniser of its own orders; the first one's warm-up is the reported cold start. */
export async function benchStt(sets: readonly SttSet[] = [TEST_SET]): Promise<SttRun> {
  const speaker = new EspeakSynthesizer();
  const audio = new Map<string, Buffer>();
  for (const { orders, outOfGrammar, voices } of sets) {
    for (const { voice, speed } of voices) {
      for (const sentence of [...orders, ...outOfGrammar]) audio.set(`${voice} ${speed} ${sentence}`, await speaker.synthesize(sentence, { voice, speed }));
    }
  }
  const loadBefore = loadavg()[0] ?? 0;
  const rows: SttResult[] = [];
  let coldStartMs: number | undefined;
  for (const set of sets) {
    const recognizer = await PocketsphinxRecognizer.create({ phrases: set.orders, languageModelFallback: false });
    const coldStart = process.hrtime.bigint();
    await recognizer.warmUp();
    coldStartMs ??= Number(process.hrtime.bigint() - coldStart) / 1e6;
    try {
      for (const { voice, speed } of set.voices) rows.push(await benchVoice(recognizer, set, voice, speed, audio));
    } finally {
      await recognizer.close();
    }
  }
  return { rows, coldStartMs: coldStartMs ?? 0, loadAverage: [loadBefore, loadavg()[0] ?? 0] };
}

async function benchVoice(recognizer: PocketsphinxRecognizer, set: SttSet, voice: string, speed: number, audio: ReadonlyMap<string, Buffer>): Promise<SttResult> {
  const times: number[] = [];
  const errors: string[] = [];
  let recognised = 0;
  let rejected = 0;
  for (const sentence of [...set.orders, ...set.outOfGrammar]) {
    const wav = audio.get(`${voice} ${speed} ${sentence}`) ?? Buffer.alloc(0);
    const start = process.hrtime.bigint();
    const transcript = await recognizer.transcribe(wav);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const known = set.orders.includes(sentence);
    if (known && transcript.text === sentence) recognised++;
    else if (!known && transcript.source === 'rejected') rejected++;
    else errors.push(`"${sentence}" → ${transcript.source === 'rejected' ? 'rejected' : `"${transcript.text}"`}`);
  }
  console.log(`  ${voice} ${speed} wpm: ${recognised}/${set.orders.length} recognised, ${rejected}/${set.outOfGrammar.length} rejected`);
  return { voice, speed, recognised, known: set.orders.length, rejected, outOfGrammar: set.outOfGrammar.length, latency: summarize(times), errors };
}

const ms = (value: number) => value.toFixed(1);

/** The speech section of bench/results/kalliope.md. */
export function sttReport(stt: SttRun): string[] {
  return [
    '## Speech to text (`@parley/speech` PocketsphinxRecognizer, JSGF grammar of the orders)',
    '',
    `espeak-ng speaks ${stt.rows[0]?.known ?? 0} known orders and ${stt.rows[0]?.outOfGrammar ?? 0} out-of-grammar sentences per`,
    'voice; a known order counts when the transcript equals it, an out-of-grammar sentence when it is rejected.',
    'One recogniser for the whole run: its warm decoder (one `pocketsphinx_batch` process) starts once. Latency per',
    'utterance = WAV decoding, resampling and trimming in JavaScript + decoding, in milliseconds; synthesis is not',
    'counted. The decoder settings, pronunciations and rejection thresholds were chosen on the dev set',
    '(bench/src/kalliope/sttDevSet.ts, `pnpm bench kalliope-dev`, [kalliope-dev.md](kalliope-dev.md)), whose',
    'utterances are not these; what was tried and the dev figures are there.',
    'Profile (`node --cpu-prof` of the JavaScript audio path): the windowed-sinc resampler dominated (160 ms for a',
    '2.8 s 22.05 kHz WAV with per-tap sin/cos); with the filter tabulated it takes 17–21 ms, the rest is the decoder.',
    '',
    'How the settings were chosen (dev set): 17 voice and speed cells (272 known orders, 136 out-of-grammar',
    'sentences, slow speech at 120–140 wpm among them). The British misses there came from pocketsphinx aligning',
    "espeak-ng's exact digital silence inside words (stop closures) as pauses, which misplaced the words around",
    'them; a noise floor 45 dB under each utterance\'s peak, with the two score thresholds chosen again for it (score',
    'per frame ≥ -48, worst word ≥ -80; packages/speech/src/decoderSettings.ts), took the dev set from 239/272 known',
    'and 124/136 rejected to 253/272 and 129/136. This test set was then measured once with those settings.',
    '',
    ...sttFigures(stt),
  ];
}

/** Cold start, load average, the table per voice and speed, the overall figures and the misses of a run. */
export function sttFigures(stt: SttRun): string[] {
  const { rows } = stt;
  const known = rows.reduce((sum, row) => sum + row.recognised, 0);
  const knownTotal = rows.reduce((sum, row) => sum + row.known, 0);
  const rejected = rows.reduce((sum, row) => sum + row.rejected, 0);
  const rejectTotal = rows.reduce((sum, row) => sum + row.outOfGrammar, 0);
  const meanAll = rows.reduce((sum, row) => sum + row.latency.mean * (row.known + row.outOfGrammar), 0) / Math.max(1, knownTotal + rejectTotal);
  const errors = rows.flatMap((row) => row.errors.map((error) => `- ${row.voice} ${row.speed} wpm: ${error}`));
  return [
    `Cold start (the decoder process starting, loading the acoustic model, grammar and dictionary, and decoding 0.5 s of silence): ${ms(stt.coldStartMs)} ms.`,
    `Load average (1 min) during the speech runs: ${stt.loadAverage[0].toFixed(2)} before, ${stt.loadAverage[1].toFixed(2)} after — the machine (${cpus().length} cores) was shared with other work.`,
    '',
    '| voice | speed (wpm) | recognised | rejected out-of-grammar | mean | p50 | p95 | max |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.voice} | ${row.speed} | ${row.recognised}/${row.known} | ${row.rejected}/${row.outOfGrammar} | ${ms(row.latency.mean)} | ${ms(row.latency.p50)} | ${ms(row.latency.p95)} | ${ms(row.latency.max)} |`,
    ),
    '',
    `Overall: ${known}/${knownTotal} known orders recognised (${Math.round((known / knownTotal) * 100)} %), ${rejected}/${rejectTotal} out-of-grammar sentences rejected (${Math.round((rejected / rejectTotal) * 100)} %), mean ${ms(meanAll)} ms per utterance.`,
    '',
    ...(errors.length === 0 ? [] : ['Misses:', '', ...errors, '']),
  ];
}
