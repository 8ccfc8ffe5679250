import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.js';
import { scriptedRandom } from '../testing/scriptedRandom.js';
import type { DialogAgent } from './agent.js';
import type { ApiaiDialogConfig } from './config.js';
import type { ApiaiNlu, ExtractedValue, IntentCandidate } from './ports.js';
import { initialApiaiState } from './state.js';
import { stepApiai, type ApiaiInput } from './stepApiai.js';

/**
 * Runs every dialogue of ./transcripts. A transcript scripts the NLU (`nlu`: utterance → candidates by intent id;
 * `values`: dataType → answer → value) so the dialogue logic alone is under test. Each turn gives an `input`
 * (or a `query` shorthand), `at` seconds since the start (default: one more than the previous turn), `expect`
 * (a subset of the query result, or of the output for other inputs) and `contexts` (the exact names and
 * lifespans active afterwards).
 */
interface Transcript {
  readonly title: string;
  readonly agent: DialogAgent;
  readonly nlu?: Record<string, { intent: string; score?: number; parameters?: Record<string, JsonValue> }[]>;
  readonly values?: Record<string, Record<string, JsonValue>>;
  readonly config?: Partial<ApiaiDialogConfig>;
  readonly random?: number | number[];
  readonly turns: readonly Turn[];
}

interface Turn {
  readonly query?: string;
  readonly input?: ApiaiInput;
  readonly at?: number;
  readonly expect?: JsonObject;
  readonly contexts?: readonly { name: string; lifespan: number }[];
}

function extracted(value: JsonValue): ExtractedValue {
  if (isJsonObject(value) && 'value' in value) {
    const original = value['original'];
    return { value: value['value'] ?? '', original: typeof original === 'string' ? original : '' };
  }
  return { value, original: typeof value === 'string' ? value : JSON.stringify(value) };
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[?!.,]/g, '').trim();
}

function scriptedNlu(transcript: Transcript): ApiaiNlu {
  return {
    match(query): IntentCandidate[] {
      const entry = Object.entries(transcript.nlu ?? {}).find(([utterance]) => normalise(utterance) === normalise(query));
      return (entry?.[1] ?? []).map((candidate) => ({
        intentId: candidate.intent,
        score: candidate.score ?? 1,
        parameters: Object.fromEntries(Object.entries(candidate.parameters ?? {}).map(([alias, value]) => [alias, extracted(value)])),
      }));
    },
    extractParameter(text, { dataType }) {
      if (dataType === '@sys.any') return { value: text, original: text };
      const known = Object.entries(transcript.values?.[dataType] ?? {}).find(([answer]) => normalise(text).includes(normalise(answer)));
      return known === undefined ? null : { value: known[1], original: known[0] };
    },
  };
}

const folder = join(import.meta.dirname, 'transcripts');
const files = readdirSync(folder).filter((file) => file.endsWith('.yaml')).sort();

describe('api.ai dialogue transcripts', () => {
  it('has at least 20 transcripts', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  for (const file of files) {
    const transcript = parse(readFileSync(join(folder, file), 'utf8')) as Transcript;
    it(`${file}: ${transcript.title}`, () => {
      const nlu = scriptedNlu(transcript);
      const random = scriptedRandom(transcript.random);
      let state = initialApiaiState();
      let at = -1;
      transcript.turns.forEach((turn, index) => {
        at = turn.at ?? at + 1;
        const input: ApiaiInput = turn.input ?? { type: 'query', query: turn.query ?? '' };
        const step = stepApiai(state, input, { now: 1_500_000_000_000 + at * 1000, random, agent: transcript.agent, nlu, ...(transcript.config === undefined ? {} : { config: transcript.config }) });
        state = step.state;
        const output = step.outputs[0];
        const label = `turn ${index + 1} (${JSON.stringify(input)})`;
        expect(step.outputs, label).toHaveLength(1);
        const actual = output?.kind === 'query_result' ? output.result : output;
        if (turn.expect !== undefined) expect(actual, label).toMatchObject(turn.expect);
        if (turn.contexts !== undefined) {
          const active = state.contexts.map(({ name, lifespan }) => ({ name, lifespan })).sort((a, b) => a.name.localeCompare(b.name));
          expect(active, label).toEqual([...turn.contexts].sort((a, b) => a.name.localeCompare(b.name)));
        }
      });
    });
  }
});
