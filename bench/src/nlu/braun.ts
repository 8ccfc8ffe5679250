// Braun et al. 2017: train on the sentences flagged `training`, test on the others; intent F1 per corpus.
import { classifyIntent, trainClassifier } from '@parley/nlu';
import { loadBraun } from './datasets.js';
import { intentF1, timed } from './metrics.js';

export interface BraunResult {
  readonly corpus: string;
  readonly intents: number;
  readonly train: number;
  readonly test: number;
  readonly microF1: number;
  readonly macroF1: number;
  readonly trainMs: number;
  readonly trainCpuMs: number;
}

export function runBraun(log: (line: string) => void): { corpora: BraunResult[]; overall: BraunResult } {
  const corpora: BraunResult[] = [];
  const allGold: string[] = [];
  const allPredicted: (string | undefined)[] = [];
  let totalMs = 0;
  let totalCpuMs = 0;
  for (const corpus of loadBraun()) {
    const { result: model, ms, cpuMs } = timed(() => trainClassifier(corpus.train));
    const gold = corpus.test.map((example) => example.intent);
    const predicted = corpus.test.map((example) => classifyIntent(model, example.text)?.intent);
    const f1 = intentF1(gold, predicted);
    allGold.push(...gold);
    allPredicted.push(...predicted);
    totalMs += ms;
    totalCpuMs += cpuMs;
    const result = {
      corpus: corpus.name,
      intents: model.intents.length,
      train: corpus.train.length,
      test: corpus.test.length,
      microF1: f1.micro,
      macroF1: f1.macro,
      trainMs: ms,
      trainCpuMs: cpuMs,
    };
    corpora.push(result);
    log(`braun ${corpus.name}: ${result.intents} intents, ${result.train} train / ${result.test} test, F1 ${f1.micro.toFixed(3)} (macro ${f1.macro.toFixed(3)}), ${ms.toFixed(0)} ms`);
  }
  const f1 = intentF1(allGold, allPredicted);
  const overall = {
    corpus: 'overall',
    intents: corpora.reduce((total, corpus) => total + corpus.intents, 0),
    train: corpora.reduce((total, corpus) => total + corpus.train, 0),
    test: allGold.length,
    microF1: f1.micro,
    macroF1: f1.macro,
    trainMs: totalMs,
    trainCpuMs: totalCpuMs,
  };
  log(`braun overall: F1 ${f1.micro.toFixed(3)}`);
  return { corpora, overall };
}
