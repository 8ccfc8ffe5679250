import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlmondMessage } from '@parley/protocol-types';
import { Schemas } from '@parley/thingtalk';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isPlainJson } from '../testing/isPlainJson.js';
import type { AlmondInput } from './almondIo.js';
import type { AlmondCandidate, AlmondStepContext, CatalogKind, ConfiguredDevice, ExampleCommand } from './almondStepContext.js';
import type { AlmondOutput } from './messages.js';
import { initialAlmondState } from './state.js';
import { stepAlmond } from './stepAlmond.js';

/**
 * Runs every dialogue of ./transcripts against the class definitions of ./fixtures/classes.tt, with a scripted
 * NLU (`nlu`: utterance → candidates), the user's `devices`, the `catalog`, a simulated clock (`at` seconds since
 * the `start`, default one more than the previous turn), numbered UUIDs, `anonymous` and `timeZone`. A turn gives `say` (a text command),
 * `parsed` (a parsed command's json), `tt` (ThingTalk code) or `input` (any input), then `expect`: the exact list
 * of output messages (a string stands for a text message with that text, `{ask: x}` for askSpecial x; other
 * messages are matched field by field) and optionally `effects` (the exact list, matched field by field).
 * Every output must be a valid Almond wire message, and every round must end with exactly one askSpecial.
 */
interface Transcript {
  readonly title: string;
  readonly devices?: readonly ConfiguredDevice[];
  readonly catalog?: readonly CatalogKind[];
  readonly examples?: readonly ExampleCommand[];
  readonly nlu?: Readonly<Record<string, readonly AlmondCandidate[]>>;
  readonly anonymous?: boolean;
  readonly timeZone?: string;
  /** The clock at the first turn (ISO); default 2020-04-03T12:00:00Z. */
  readonly start?: string;
  readonly turns: readonly Turn[];
}

type ExpectedMessage = string | { readonly ask: AlmondOutput['type'] | null } | Readonly<Record<string, unknown>>;

interface Turn {
  readonly say?: string;
  readonly parsed?: unknown;
  readonly tt?: string;
  readonly input?: AlmondInput;
  readonly at?: number;
  readonly expect: readonly ExpectedMessage[];
  readonly effects?: readonly Readonly<Record<string, unknown>>[];
}

const classes = Schemas.fromText(readFileSync(join(import.meta.dirname, 'fixtures', 'classes.tt'), 'utf8'));

function inputOf(turn: Turn): AlmondInput {
  if (turn.input !== undefined) return turn.input;
  if (turn.say !== undefined) return { type: 'command', text: turn.say };
  if (turn.tt !== undefined) return { type: 'tt', code: turn.tt };
  return { type: 'parsed', json: turn.parsed as Extract<AlmondInput, { type: 'parsed' }>['json'] };
}

function expected(message: ExpectedMessage): Readonly<Record<string, unknown>> {
  if (typeof message === 'string') return { type: 'text', text: message };
  if ('ask' in message && Object.keys(message).length === 1) return { type: 'askSpecial', ask: message['ask'] };
  return message;
}

/**
 * Every round ends with exactly one askSpecial: a step's messages end with one, unless the agent now waits for an
 * app's results (the round then ends in the `app-results` step), and no round is empty but for a second one.
 */
function expectRounds(outputs: readonly AlmondOutput[], running: boolean, label: string): void {
  const last = outputs.at(-1)?.type;
  if (running) expect(last, `${label}: no askSpecial while the app runs`).not.toBe('askSpecial');
  else if (outputs.length > 0) expect(last, `${label}: the round ends with askSpecial`).toBe('askSpecial');
}

const folder = join(import.meta.dirname, 'transcripts');
const files = readdirSync(folder).filter((file) => file.endsWith('.yaml')).sort();

describe('Almond dialogue transcripts', () => {
  it('has at least 40 transcripts', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  for (const file of files) {
    const transcript = parse(readFileSync(join(folder, file), 'utf8')) as Transcript;
    it(`${file}: ${transcript.title}`, () => {
      let uuids = 0;
      let at = -1;
      let state = initialAlmondState();
      transcript.turns.forEach((turn, index) => {
        at = turn.at ?? at + 1;
        const ctx: AlmondStepContext = {
          now: Date.parse(transcript.start ?? '2020-04-03T12:00:00Z') + at * 1000,
          random: () => 0,
          uuid: () => `00000000-0000-4000-8000-${String(++uuids).padStart(12, '0')}`,
          nlu: { parse: (text) => transcript.nlu?.[text] ?? [] },
          classes,
          devices: transcript.devices ?? [],
          catalog: transcript.catalog ?? [],
          ...(transcript.examples === undefined ? {} : { examples: transcript.examples }),
          ...(transcript.anonymous === undefined ? {} : { anonymous: transcript.anonymous }),
          ...(transcript.timeZone === undefined ? {} : { timeZone: transcript.timeZone }),
        };
        const input = inputOf(turn);
        const label = `turn ${index + 1} (${JSON.stringify(input)})`;
        const step = stepAlmond(state, input, ctx);
        for (const output of step.outputs) expect(Value.Check(AlmondMessage, output), `${label}: wire shape of ${JSON.stringify(output)}`).toBe(true);
        expectRounds(step.outputs, step.state.task?.kind === 'program' && step.state.task.step.type === 'running', label);
        expect(step.outputs, label).toHaveLength(turn.expect.length);
        step.outputs.forEach((output, position) => {
          const wanted = turn.expect[position];
          if (wanted !== undefined) expect(output, `${label}: message ${position + 1}`).toMatchObject(expected(wanted));
        });
        if (turn.effects !== undefined) {
          expect(step.effects, label).toHaveLength(turn.effects.length);
          step.effects.forEach((effect, position) => expect(effect, label).toMatchObject(turn.effects?.[position] ?? {}));
        }
        expect(isPlainJson(step.state), label).toBe(true);
        state = step.state;
      });
    });
  }
});
