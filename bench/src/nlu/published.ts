// Published figures, as collected in docs/protocols/apiai.md §9 (sources cited beside each table).

/** Braun et al. 2017 intent F1: Chatbot, AskUbuntu, WebApplications, overall. */
export const BRAUN_PUBLISHED: readonly { system: string; f1: readonly [number, number, number, number] }[] = [
  { system: 'NLP.js', f1: [0.99, 0.93, 0.83, 0.93] },
  { system: 'Watson', f1: [0.97, 0.92, 0.83, 0.92] },
  { system: 'LUIS', f1: [0.98, 0.9, 0.81, 0.91] },
  { system: 'Snips', f1: [0.96, 0.83, 0.78, 0.89] },
  { system: 'Rasa', f1: [0.98, 0.86, 0.74, 0.88] },
  { system: 'api.ai / Dialogflow', f1: [0.93, 0.85, 0.8, 0.87] },
];
export const BRAUN_SOURCE = '`Botfuel/benchmark-nlp-2018` README; `axa-group/nlp.js` docs/v3/benchmarking.md (micro F1 over the test sentences)';

/** Snips 2017 slot precision / recall / F1 (macro over slots, mean of 3 draws, 70 training queries per intent). */
export const SNIPS_PUBLISHED: readonly { system: string; slot: readonly [number, number, number] }[] = [
  { system: 'Snips', slot: [0.76, 0.73, 0.74] },
  { system: 'api.ai / Dialogflow', slot: [0.72, 0.59, 0.65] },
  { system: 'Wit', slot: [0.81, 0.52, 0.64] },
  { system: 'LUIS', slot: [0.89, 0.47, 0.61] },
  { system: 'Alexa', slot: [0.69, 0.48, 0.57] },
];
export const SNIPS_SOURCE = '`snipsco/nlu-benchmark` 2017-06-custom-intent-engines/*/*_metrics.json';

/** CLINC150 full: in-scope accuracy / out-of-scope recall (%), oos-train setting unless noted. */
export const CLINC_PUBLISHED: readonly { system: string; inScope: number; outOfScopeRecall: number }[] = [
  { system: 'BERT', inScope: 96.9, outOfScopeRecall: 40.3 },
  { system: 'MLP (USE)', inScope: 93.5, outOfScopeRecall: 47.4 },
  { system: 'api.ai / Dialogflow', inScope: 91.7, outOfScopeRecall: 14.0 },
  { system: 'Rasa', inScope: 91.5, outOfScopeRecall: 45.3 },
  { system: 'CNN', inScope: 91.2, outOfScopeRecall: 18.9 },
  { system: 'SVM', inScope: 91.0, outOfScopeRecall: 14.5 },
  { system: 'api.ai / Dialogflow (oos-threshold)', inScope: 90.8, outOfScopeRecall: 26.7 },
  { system: 'FastText', inScope: 89.0, outOfScopeRecall: 9.7 },
];
export const CLINC_SOURCE = '`clinc/oos-eval` paper.pdf Table 2 (Larson et al. 2019)';
