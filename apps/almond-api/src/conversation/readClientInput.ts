// A client message of the conversation socket (docs/protocols/almond.md "Input Modalities"; docs/protocols/almond.md §3.1):
// `command` with `text`, `parsed` with `json` (object or JSON text), `tt` with `code` (1.8) or `tt` (seed).
import type { AlmondInput } from '@parley/dialog-engine';
import { findNulCharacter } from '@parley/server-kit';
import { NulCharacterError } from '../http/nulCharacters.js';

type ClientInputResult = { ok: true; input: AlmondInput } | { ok: false; error: string; code?: string };

/** Longest command text accepted: the parser's time grows with the sentence, and one huge sentence would stall the
 * process for every user (20,000 words took ~10 s). */
export const MAX_COMMAND_LENGTH = 1000;
/** Longest ThingTalk program accepted (`tt`): real programs are a few hundred characters. */
const MAX_PROGRAM_LENGTH = 10_000;
/** Error code of a refused over-long command (its HTTP form answers 400). */
export const COMMAND_TOO_LONG = 'E2BIG';

function commandInput(text: unknown): ClientInputResult {
  if (typeof text !== 'string') return { ok: false, error: 'Missing text', code: 'EINVAL' };
  if (text.length > MAX_COMMAND_LENGTH) return { ok: false, error: `Command too long (at most ${MAX_COMMAND_LENGTH} characters)`, code: COMMAND_TOO_LONG };
  return { ok: true, input: { type: 'command', text } };
}

export function clientInput(message: unknown): ClientInputResult {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return { ok: false, error: 'Invalid command', code: 'EINVAL' };
  // walked without recursion: a frame (no depth limit) may nest deeper than the call stack goes
  if (findNulCharacter(message) !== undefined) return { ok: false, error: new NulCharacterError().message, code: 'EINVAL' };
  const record = message as Record<string, unknown>;
  switch (record.type) {
    case 'command':
      return commandInput(record.text);
    case 'parsed': {
      const json = record.json;
      if (typeof json !== 'string' && (typeof json !== 'object' || json === null)) return { ok: false, error: 'Missing json', code: 'EINVAL' };
      return { ok: true, input: { type: 'parsed', json: json as Extract<AlmondInput, { type: 'parsed' }>['json'] } };
    }
    case 'tt': {
      const code = typeof record.code === 'string' ? record.code : record.tt;
      if (typeof code !== 'string') return { ok: false, error: 'Missing code', code: 'EINVAL' };
      if (code.length > MAX_PROGRAM_LENGTH) return { ok: false, error: `Program too long (at most ${MAX_PROGRAM_LENGTH} characters)`, code: COMMAND_TOO_LONG };
      return { ok: true, input: { type: 'tt', code } };
    }
    default:
      return { ok: false, error: `Invalid command type ${String(record.type)}`, code: 'EINVAL' };
  }
}

/** Reads the socket frame: bad JSON gives the parser's message. */
export function readClientInput(data: string): ClientInputResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return clientInput(parsed);
}
