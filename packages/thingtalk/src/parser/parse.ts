import type { ClassDef, Input, Library, Program } from '../ast/index.js';
import { parseBookkeeping } from './bookkeeping.js';
import { Cursor } from './cursor.js';
import { parseDialogueState } from './dialogues.js';
import { tokenize } from './lexer.js';
import { parsePermissionRule } from './permissions.js';
import { parseProgramOrLibrary } from './programs.js';
import { parseOr } from './predicates.js';
import { ThingTalkSyntaxError } from './syntaxError.js';
import type { Token } from './tokens.js';

/**
 * A permission rule starts with a predicate followed by `:` (no program statement does). Checked on a
 * separate cursor so that the probe does not add to the "expected …" list of a program's syntax error.
 */
function looksLikePermissionRule(tokens: readonly Token[]): boolean {
  const probe = new Cursor(tokens, true);
  return probe.attempt(() => parseOr(probe)) !== undefined && probe.at(':');
}

/**
 * Parses ThingTalk 1.x source: a program, a permission rule, a library (classes and datasets), a
 * `bookkeeping(…)` command or a dialogue state (`$dialogue @policy.act; …`). Throws ThingTalkSyntaxError
 * (name `SyntaxError`) with line:column.
 */
export function parse(source: string): Input {
  const tokens = tokenize(source);
  const quick = new Cursor(tokens, true);
  try {
    return quick.run(() => parseInput(quick, tokens));
  } catch (error) {
    if (!(error instanceof ThingTalkSyntaxError)) throw error;
  }
  // parsed again, recording what was expected where, for the error message
  const c = new Cursor(tokens);
  return c.run(() => parseInput(c, tokens));
}

/** Words that start a program statement, never a permission rule. */
const PROGRAM_STARTS = new Set(['now', 'monitor', 'edge', 'timer', 'attimer', 'let', 'class', 'abstract', 'dataset', 'oninput', 'executor', 'compute', '{', '[']);

function parseInput(c: Cursor, tokens: readonly Token[]): Input {
  if (c.atKind('dollar') && c.peek().text === 'dialogue') return parseDialogueState(c);
  if (c.at('bookkeeping') && c.at('(', 1)) {
    const bookkeeping = parseBookkeeping(c);
    expectEnd(c);
    return bookkeeping;
  }
  if (!PROGRAM_STARTS.has(c.peek().text) && looksLikePermissionRule(tokens)) {
    const rule = parsePermissionRule(c);
    expectEnd(c);
    return rule;
  }
  return parseProgramOrLibrary(c);
}

function expectEnd(c: Cursor): void {
  if (!c.atKind('eof')) {
    c.noteExpected('end of input');
    c.fail();
  }
}

/** Parses source that must be a program. */
export function parseProgram(source: string): Program {
  const input = parse(source);
  if (input.type !== 'Program') throw new ThingTalkSyntaxError({ line: 1, column: 1, offset: 0 }, `expected a program, found a ${input.type}`);
  return input;
}

/** Parses a `.tt` file of class definitions and datasets (a Thingpedia manifest or dataset file; may be empty). */
export function parseLibrary(source: string): Library {
  if (tokenize(source).length === 1) return { type: 'Library', classes: [], datasets: [] };
  const input = parse(source);
  if (input.type !== 'Library') throw new ThingTalkSyntaxError({ line: 1, column: 1, offset: 0 }, `expected class definitions or datasets, found a ${input.type}`);
  return input;
}

/** The class definitions of a `.tt` file (several `class @kind { … }` in one file). */
export function parseClasses(source: string): ClassDef[] {
  return [...parseLibrary(source).classes];
}
