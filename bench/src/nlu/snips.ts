// Snips 2017: train_X.json for training, validate_X.json as the test set; intent accuracy and slot F1.
import { classifyIntent, tagSlots, trainClassifier, trainSlotTagger } from '@parley/nlu';
import { loadSnips } from './datasets.js';
import { prf, setF1, timed } from './metrics.js';

export interface SnipsResult {
  readonly intents: number;
  readonly train: number;
  readonly test: number;
  readonly intentAccuracy: number;
  readonly slotPrecision: number;
  readonly slotRecall: number;
  readonly slotF1: number;
  /** Mean over slot types of the per-type F1. */
  readonly slotMacroF1: number;
  readonly trainMs: number;
  readonly trainCpuMs: number;
  readonly taggerTrainMs: number;
  readonly taggerTrainCpuMs: number;
}

export function runSnips(log: (line: string) => void): SnipsResult {
  const { train, test } = loadSnips();
  log(`snips: ${train.length} train / ${test.length} test sentences`);
  const { result: classifier, ms: trainMs, cpuMs: trainCpuMs } = timed(() => trainClassifier(train));
  log(`snips: classifier trained in ${trainMs.toFixed(0)} ms (CPU ${trainCpuMs.toFixed(0)} ms)`);
  const { result: tagger, ms: taggerTrainMs, cpuMs: taggerTrainCpuMs } = timed(() => trainSlotTagger(train));
  log(`snips: slot tagger trained in ${taggerTrainMs.toFixed(0)} ms (CPU ${taggerTrainCpuMs.toFixed(0)} ms)`);
  let correct = 0;
  const total = { tp: 0, fp: 0, fn: 0 };
  const perSlot = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const example of test) {
    const intent = classifyIntent(classifier, example.text)?.intent;
    if (intent === example.intent) correct += 1;
    const predicted = tagSlots(tagger, example.text, intent ?? '');
    // Snips chunks may carry surrounding spaces; slot values are compared trimmed.
    const gold = example.slots.map((slot) => ({ slot: slot.slot, text: example.text.slice(slot.start, slot.end).trim() }));
    for (const slotName of new Set([...gold, ...predicted].map((slot) => slot.slot))) {
      const counts = setF1(
        gold.filter((slot) => slot.slot === slotName).map((slot) => slot.text),
        predicted.filter((slot) => slot.slot === slotName).map((slot) => slot.text),
      );
      const entry = perSlot.get(slotName) ?? { tp: 0, fp: 0, fn: 0 };
      perSlot.set(slotName, { tp: entry.tp + counts.tp, fp: entry.fp + counts.fp, fn: entry.fn + counts.fn });
      total.tp += counts.tp;
      total.fp += counts.fp;
      total.fn += counts.fn;
    }
  }
  const micro = prf(total);
  const slotMacroF1 = [...perSlot.values()].reduce((sum, counts) => sum + prf(counts).f1, 0) / Math.max(perSlot.size, 1);
  const result = {
    intents: classifier.intents.length,
    train: train.length,
    test: test.length,
    intentAccuracy: correct / test.length,
    slotPrecision: micro.precision,
    slotRecall: micro.recall,
    slotF1: micro.f1,
    slotMacroF1,
    trainMs,
    trainCpuMs,
    taggerTrainMs,
    taggerTrainCpuMs,
  };
  log(`snips: intent accuracy ${result.intentAccuracy.toFixed(4)}, slot P/R/F1 ${micro.precision.toFixed(3)}/${micro.recall.toFixed(3)}/${micro.f1.toFixed(3)}`);
  return result;
}
