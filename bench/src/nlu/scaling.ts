// Training time and per-query latency at 10, 150 and 1,000 intents.
import { classifyIntent, trainClassifier } from '@parley/nlu';
import { loadClinc, type LabelledText } from './datasets.js';
import { latencies, percentile, timed } from './metrics.js';

export interface ScalingResult {
  readonly intents: number;
  readonly train: number;
  readonly features: number;
  readonly trainMs: number;
  readonly trainCpuMs: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly accuracy: number;
}

interface IntentSet {
  readonly train: LabelledText[];
  readonly test: LabelledText[];
}

function byIntent(examples: readonly LabelledText[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const example of examples) groups.set(example.intent, [...(groups.get(example.intent) ?? []), example.text]);
  return groups;
}

/** The first `count` CLINC150 intents (sorted by name) with all their train and test sentences. */
function clincSubset(count: number): IntentSet {
  const { train, test } = loadClinc();
  const kept = new Set([...new Set(train.map((example) => example.intent))].sort().slice(0, count));
  return { train: train.filter((example) => kept.has(example.intent)), test: test.filter((example) => kept.has(example.intent)) };
}

/**
 * 1,000 intents synthesised deterministically from CLINC150: its 150 intents (first 20 train / 10 test
 * sentences each) plus 850 compound intents "a+b" for the pairs (a, a + d mod 150), d = 1…6, whose sentences
 * join a sentence of a and one of b with "and".
 */
function thousandIntents(): IntentSet {
  const data = loadClinc();
  const trainGroups = byIntent(data.train);
  const testGroups = byIntent(data.test);
  const names = [...trainGroups.keys()].sort();
  const texts = (groups: Map<string, string[]>, intent: string): string[] => groups.get(intent) ?? [];
  const train: LabelledText[] = [];
  const test: LabelledText[] = [];
  for (const intent of names) {
    train.push(...texts(trainGroups, intent).slice(0, 20).map((text) => ({ text, intent })));
    test.push(...texts(testGroups, intent).slice(0, 10).map((text) => ({ text, intent })));
  }
  for (let pair = 0; pair < 850; pair += 1) {
    const first = names[pair % 150] ?? '';
    const second = names[(pair % 150 + 1 + Math.floor(pair / 150)) % 150] ?? '';
    const intent = `${first}+${second}`;
    for (let index = 0; index < 20; index += 1) {
      train.push({ text: `${texts(trainGroups, first)[index] ?? ''} and ${texts(trainGroups, second)[(index * 7 + 3) % 100] ?? ''}`, intent });
    }
    for (let index = 0; index < 10; index += 1) {
      test.push({ text: `${texts(testGroups, first)[index] ?? ''} and ${texts(testGroups, second)[(index * 7 + 3) % 30] ?? ''}`, intent });
    }
  }
  return { train, test };
}

function measure(set: IntentSet, log: (line: string) => void): ScalingResult {
  const intents = new Set(set.train.map((example) => example.intent)).size;
  log(`scaling: ${intents} intents, training on ${set.train.length} sentences…`);
  const { result: model, ms: trainMs, cpuMs: trainCpuMs } = timed(() => trainClassifier(set.train));
  const times = latencies(set.test, (example) => classifyIntent(model, example.text));
  const correct = set.test.filter((example) => classifyIntent(model, example.text)?.intent === example.intent).length;
  const result = {
    intents,
    train: set.train.length,
    features: model.featureIndex.size,
    trainMs,
    trainCpuMs,
    p50Ms: percentile(times, 0.5),
    p99Ms: percentile(times, 0.99),
    accuracy: correct / set.test.length,
  };
  log(`scaling: ${intents} intents trained in ${(trainMs / 1000).toFixed(1)} s (CPU ${(trainCpuMs / 1000).toFixed(1)} s); p50 ${result.p50Ms.toFixed(3)} ms, p99 ${result.p99Ms.toFixed(3)} ms; accuracy ${result.accuracy.toFixed(3)}`);
  return result;
}

export function runScaling(log: (line: string) => void): ScalingResult[] {
  return [clincSubset(10), clincSubset(150), thousandIntents()].map((set) => measure(set, log));
}
