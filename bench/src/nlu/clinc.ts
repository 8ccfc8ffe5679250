// CLINC150 (data_full.json): train on train (+ oos_train), calibrate and pick the out-of-scope threshold on
// val + oos_val only, report on test + oos_test.
import {
  calibrateClassifier, classifyIntent, type CalibrationOptions, loadClassifier, serializeClassifier, trainClassifier, type ClassifierModel,
  type ValidationExample,
} from '@parley/nlu';
import { loadClinc, type LabelledText } from './datasets.js';
import { latencies, percentile, timed } from './metrics.js';

export interface ClincScores {
  readonly inScopeAccuracy: number;
  readonly outOfScopeRecall: number;
}

export interface ClincResult {
  /** `oos-train`: out-of-scope training sentences as an extra class; `oos-threshold`: in-scope training only. */
  readonly setting: 'oos-train' | 'oos-threshold';
  /** How the threshold was chosen on val + oos_val. */
  readonly objective: ClincObjective;
  readonly trainMs: number;
  readonly trainCpuMs: number;
  readonly temperature: number;
  readonly threshold: number;
  readonly validation: ClincScores;
  readonly test: ClincScores;
  /** Test scores without the confidence threshold (argmax only). */
  readonly testWithoutThreshold: ClincScores;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

const OUT_OF_SCOPE = 'oos';

/** `balanced`: maximise (in-scope accuracy + OOS recall) / 2; `recall≥50%`: best in-scope accuracy with OOS recall ≥ 50 %. */
export type ClincObjective = 'balanced' | 'recall≥50%';
const OBJECTIVES: readonly { objective: ClincObjective; options: CalibrationOptions }[] = [
  { objective: 'recall≥50%', options: { minOutOfScopeRecall: 0.5 } },
  { objective: 'balanced', options: {} },
];

function score(model: ClassifierModel, inScope: readonly LabelledText[], outOfScope: readonly string[]): ClincScores {
  const correct = inScope.filter((example) => classifyIntent(model, example.text)?.intent === example.intent).length;
  const rejected = outOfScope.filter((text) => classifyIntent(model, text) === undefined).length;
  return { inScopeAccuracy: correct / inScope.length, outOfScopeRecall: rejected / outOfScope.length };
}

function format(scores: ClincScores): string {
  return `in-scope ${(100 * scores.inScopeAccuracy).toFixed(1)} %, OOS recall ${(100 * scores.outOfScopeRecall).toFixed(1)} %`;
}

export function runClinc(log: (line: string) => void): { results: ClincResult[]; saveLoad: { bytes: number; identical: boolean; loadMs: number } } {
  const data = loadClinc();
  const validation: ValidationExample[] = [...data.val, ...data.oosVal.map((text) => ({ text, intent: null }))];
  const results: ClincResult[] = [];
  let saveLoad = { bytes: 0, identical: false, loadMs: 0 };
  for (const setting of ['oos-train', 'oos-threshold'] as const) {
    const training = setting === 'oos-train' ? [...data.train, ...data.oosTrain.map((text) => ({ text, intent: OUT_OF_SCOPE }))] : data.train;
    log(`clinc150 ${setting}: training on ${training.length} sentences…`);
    const { result: trained, ms: trainMs, cpuMs: trainCpuMs } = timed(() =>
      trainClassifier(training, setting === 'oos-train' ? { outOfScopeIntent: OUT_OF_SCOPE } : {}),
    );
    log(`clinc150 ${setting}: trained in ${(trainMs / 1000).toFixed(1)} s (CPU ${(trainCpuMs / 1000).toFixed(1)} s); calibrating on val + oos_val`);
    let calibrated = trained;
    for (const { objective, options } of OBJECTIVES) {
      const model = calibrateClassifier(trained, validation, options);
      calibrated = objective === 'recall≥50%' ? model : calibrated;
      const testWithoutThreshold = score({ ...model, outOfScopeThreshold: 0 }, data.test, data.oosTest);
      const times = latencies([...data.test, ...data.oosTest.map((text) => ({ text }))], (example) => classifyIntent(model, example.text));
      const result: ClincResult = {
        setting,
        objective,
        trainMs,
        trainCpuMs,
        temperature: model.temperature,
        threshold: model.outOfScopeThreshold,
        validation: score(model, data.val, data.oosVal),
        test: score(model, data.test, data.oosTest),
        testWithoutThreshold,
        p50Ms: percentile(times, 0.5),
        p99Ms: percentile(times, 0.99),
      };
      log(`clinc150 ${setting}, ${objective}: T=${result.temperature.toFixed(3)}, threshold ${result.threshold.toFixed(3)}; val ${format(result.validation)}`);
      log(`clinc150 ${setting}, ${objective}: test ${format(result.test)} (no threshold: ${format(testWithoutThreshold)}); p50 ${result.p50Ms.toFixed(3)} ms`);
      results.push(result);
    }
    const model = calibrated;
    if (setting === 'oos-train') {
      const json = JSON.stringify(serializeClassifier(model));
      const { result: restored, ms: loadMs } = timed(() => loadClassifier(JSON.parse(json)));
      const texts = [...data.test.map((example) => example.text), ...data.oosTest];
      const identical = texts.every((text) => JSON.stringify(classifyIntent(restored, text)) === JSON.stringify(classifyIntent(model, text)));
      saveLoad = { bytes: json.length, identical, loadMs };
      log(`clinc150: saved model ${(json.length / 1e6).toFixed(1)} MB of JSON, reloaded in ${loadMs.toFixed(0)} ms, identical predictions: ${identical}`);
    }
  }
  return { results, saveLoad };
}
