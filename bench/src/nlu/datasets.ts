// Loaders for the NLU benchmark corpora in shared/data (docs/protocols/apiai.md §9 describes their formats).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** shared/data, beside the repository checkout (overridable with PARLEY_DATA_DIR). */
export const dataDir = process.env['PARLEY_DATA_DIR'] ?? fileURLToPath(new URL('../../../../shared/data/', import.meta.url));

export interface LabelledText {
  readonly text: string;
  readonly intent: string;
}

/** A text with its slot spans (character offsets), as Snips annotates it. */
export interface SlottedText extends LabelledText {
  readonly slots: readonly { readonly slot: string; readonly start: number; readonly end: number; readonly value: string }[];
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(dataDir, path), 'utf8'));
}

export interface BraunCorpus {
  readonly name: string;
  readonly train: LabelledText[];
  readonly test: LabelledText[];
}

/** Braun et al. 2017: three corpora, each sentence flagged `training: true|false` by the authors. */
export function loadBraun(): BraunCorpus[] {
  return ['ChatbotCorpus', 'AskUbuntuCorpus', 'WebApplicationsCorpus'].map((name) => {
    const corpus = readJson(`braun-nlu-corpora/${name}.json`) as { sentences: { text: string; intent: string; training: boolean }[] };
    const pick = (training: boolean): LabelledText[] =>
      corpus.sentences.filter((sentence) => sentence.training === training).map(({ text, intent }) => ({ text, intent }));
    return { name: name.replace('Corpus', ''), train: pick(true), test: pick(false) };
  });
}

function snipsFile(path: string): SlottedText[] {
  const content = readJson(`snips-2017/${path}`) as Record<string, { data: { text: string; entity?: string }[] }[]>;
  return Object.entries(content).flatMap(([intent, queries]) =>
    queries.map((query) => {
      let text = '';
      const slots: { slot: string; start: number; end: number; value: string }[] = [];
      for (const chunk of query.data) {
        if (chunk.entity !== undefined) slots.push({ slot: chunk.entity, start: text.length, end: text.length + chunk.text.length, value: chunk.text });
        text += chunk.text;
      }
      return { text, intent, slots };
    }),
  );
}

/** Snips 2017: train_X.json (300 queries per intent) for training, validate_X.json (100) as the test set. */
export function loadSnips(): { train: SlottedText[]; test: SlottedText[] } {
  const files = readdirSync(join(dataDir, 'snips-2017')).filter((file) => file.endsWith('.json')).sort();
  return {
    train: files.filter((file) => file.startsWith('train_')).flatMap(snipsFile),
    test: files.filter((file) => file.startsWith('validate_')).flatMap(snipsFile),
  };
}

export interface ClincSplits {
  readonly train: LabelledText[];
  readonly val: LabelledText[];
  readonly test: LabelledText[];
  readonly oosTrain: string[];
  readonly oosVal: string[];
  readonly oosTest: string[];
}

/** CLINC150 data_full.json: 150 intents × 100/20/30 plus out-of-scope 100/100/1000. */
export function loadClinc(): ClincSplits {
  const data = readJson('clinc150/data_full.json') as Record<string, [string, string][]>;
  const labelled = (split: string): LabelledText[] => (data[split] ?? []).map(([text, intent]) => ({ text, intent }));
  const texts = (split: string): string[] => (data[split] ?? []).map(([text]) => text);
  return {
    train: labelled('train'),
    val: labelled('val'),
    test: labelled('test'),
    oosTrain: texts('oos_train'),
    oosVal: texts('oos_val'),
    oosTest: texts('oos_test'),
  };
}
