import type {
  Action,
  Bookkeeping,
  Command,
  DialogueHistoryItem,
  DialogueResults,
  DialogueState,
  Input,
  PermissionFunction,
  PermissionRule,
  Predicate,
  Program,
  Rule,
  Value,
} from '../ast/index.js';
import type { EntityMap, Today } from './entities.js';
import { parseNNCall, parseNNPassing } from './nnCalls.js';
import { expectParam, functionName, nnCursor } from './nnCursor.js';
import type { NNReader } from './nnCursor.js';
import { parseNNFilter } from './nnFilters.js';
import { CONFIRM_STATES } from '../parser/dialogues.js';
import { parseNNStream, parseNNTable } from './nnTables.js';
import { parseNNValue } from './nnValues.js';

export interface FromNNOptions {
  /** Completes DATE entities with unset (-1) year, month or day. */
  readonly today?: Today;
  /** Reads DATE entities of year/month/day/… fields as instants in this IANA time zone (`new Date("…Z")`). */
  readonly timeZone?: string;
}

function parseAction(r: NNReader): Action {
  if (r.c.accept('notify')) return { type: 'Notify', name: 'notify' };
  if (r.c.accept('return')) return { type: 'Notify', name: 'return' };
  if (functionName(r.c.peek().text) === null) {
    r.c.noteExpected('an action');
    r.c.fail();
  }
  return { type: 'Invocation', invocation: parseNNCall(r) };
}

/** The action, then `on param:p = …` passing values into it. */
function parseActionWithPassing(r: NNReader): Action[] {
  const action = parseAction(r);
  const passing = parseNNPassing(r);
  if (passing.length === 0) return [action];
  if (action.type !== 'Invocation') r.c.failAt(r.c.peek(-1), 'parameter passing needs an action with parameters');
  return [{ ...action, invocation: { ...action.invocation, inParams: [...action.invocation.inParams, ...passing] } }];
}

function parseRule(r: NNReader): Command | Rule {
  const { c } = r;
  if (c.accept('now')) {
    c.expect('=>');
    const table = c.attempt(() => {
      const t = parseNNTable(r);
      c.expect('=>');
      return t;
    });
    return { type: 'Command', table: table ?? null, actions: parseActionWithPassing(r) };
  }
  const stream = parseNNStream(r);
  c.expect('=>');
  return { type: 'Rule', stream, actions: parseActionWithPassing(r) };
}

function parseProgram(r: NNReader): Program {
  let principal = null;
  if (r.c.accept('executor')) {
    r.c.expect('=');
    principal = parseNNValue(r);
    r.c.expect(':');
  }
  return { type: 'Program', principal, classes: [], declarations: [], statements: [parseRule(r)], oninputs: [] };
}

/** `#[ results = [ … ] ] …` or `#[ confirm = enum:x ]` after a statement of a dialogue state. */
function parseHistoryAnnotations(r: NNReader): { results: DialogueResults | null; confirm: string } {
  const { c } = r;
  const seen = new Map<string, Value>();
  while (c.at('#[')) {
    const start = c.next();
    const name = c.next().text;
    c.expect('=');
    if (name === 'confirm' && seen.size === 0) {
      const value = parseNNValue(r);
      c.expect(']');
      if (value.type !== 'Enum' || !CONFIRM_STATES.includes(value.value)) return c.failAt(start, 'expected enum:proposed, enum:accepted or enum:confirmed for #[confirm]');
      return { results: null, confirm: value.value };
    }
    if (!['results', 'count', 'more', 'error'].includes(name)) c.failAt(start, `unknown history annotation #[${name}]`);
    if (seen.has(name)) c.failAt(start, `Duplicate history annotation #[${name}]`);
    seen.set(name, parseNNValue(r));
    c.expect(']');
  }
  if (seen.size === 0) return { results: null, confirm: 'accepted' };
  const list = seen.get('results');
  if (list?.type !== 'Array') return c.failAt(c.peek(), 'Missing history annotation #[results]');
  const results = list.value.map((item) => (item.type === 'Object' ? item.value : c.failAt(c.peek(), 'expected { … } in #[results]')));
  const more = seen.get('more');
  return {
    results: { results, count: seen.get('count') ?? { type: 'Number', value: results.length }, more: more?.type === 'Boolean' && more.value, error: seen.get('error') ?? null },
    confirm: 'confirmed',
  };
}

/** `@policy.act [param:a , …] ; (statement annotations ;)*` after `$dialogue`. */
function parseDialogueState(r: NNReader): DialogueState {
  const { c } = r;
  const act = functionName(c.peek().text);
  if (act === null) return c.failAt(c.peek(), `expected a dialogue act ("@policy.act"), found "${c.peek().text}"`);
  c.next();
  let dialogueActParam: string[] | null = null;
  if (!c.at(';')) {
    dialogueActParam = [expectParam(r)];
    while (c.accept(',')) dialogueActParam.push(expectParam(r));
  }
  c.expect(';');
  const history: DialogueHistoryItem[] = [];
  while (!c.atKind('eof')) {
    const statement = parseRule(r);
    const { results, confirm } = parseHistoryAnnotations(r);
    c.expect(';');
    history.push({ statement, results, confirm });
  }
  return { type: 'DialogueState', policy: act.kind, dialogueAct: act.channel, dialogueActParam, history };
}

function parsePermissionFunction(r: NNReader, builtin: string): PermissionFunction {
  const { c } = r;
  if (c.accept(builtin)) return { type: 'Builtin' };
  if (c.accept('*')) return { type: 'Star' };
  const token = c.next();
  const star = /^@([\w.-]+)\.\*$/.exec(token.text);
  if (star?.[1] !== undefined) return { type: 'ClassStar', kind: star[1] };
  const fn = functionName(token.text);
  if (fn === null) return c.failAt(token, `expected "${builtin}", "*" or a function, found "${token.text}"`);
  const filter: Predicate = c.accept('filter') ? parseNNFilter(r) : { type: 'True' };
  return { type: 'Specified', kind: fn.kind, channel: fn.channel, filter };
}

function parsePolicy(r: NNReader): PermissionRule {
  const principal: Predicate = r.c.at('true') && r.c.at(':', 1) ? (r.c.next(), { type: 'True' }) : parseNNFilter(r);
  r.c.expect(':');
  const query = parsePermissionFunction(r, 'now');
  r.c.expect('=>');
  return { type: 'PermissionRule', principal, query, action: parsePermissionFunction(r, 'notify') };
}

function parseBookkeeping(r: NNReader): Bookkeeping {
  const { c } = r;
  const kind = c.next();
  switch (kind.text) {
    case 'special': {
      const special = c.next().text;
      if (!special.startsWith('special:')) c.failAt(c.peek(-1), `expected "special:name", found "${special}"`);
      return { type: 'Bookkeeping', intent: { type: 'Special', name: special.slice('special:'.length) } };
    }
    case 'answer':
      return { type: 'Bookkeeping', intent: { type: 'Answer', value: parseNNValue(r) } };
    case 'choice': {
      const index = Number(c.next().text);
      if (!Number.isInteger(index)) c.failAt(c.peek(-1), 'expected the number of a choice');
      return { type: 'Bookkeeping', intent: { type: 'Choice', index } };
    }
    case 'filter':
      return { type: 'Bookkeeping', intent: { type: 'Predicate', filter: parseNNFilter(r) } };
    case 'category':
      return { type: 'Bookkeeping', intent: { type: 'CommandList', device: { type: 'Undefined', local: true }, category: c.next().text } };
    case 'commands': {
      const category = c.next().text;
      return { type: 'Bookkeeping', intent: { type: 'CommandList', device: parseNNValue(r), category } };
    }
    default:
      return c.failAt(kind, `expected special, answer, choice, filter, category or commands, found "${kind.text}"`);
  }
}

/**
 * Parses the pre-tokenized NN syntax (tokens, or a string of space-separated tokens) with the values of
 * its placeholders. Throws ThingTalkSyntaxError; the column counts characters of the space-joined tokens.
 */
export function fromNN(tokens: string | readonly string[], entities: EntityMap = {}, options: FromNNOptions = {}): Input {
  const list = typeof tokens === 'string' ? tokens.split(' ').filter((t) => t !== '') : tokens;
  const r: NNReader = { c: nnCursor(list), entities, dates: { today: options.today, timeZone: options.timeZone } };
  return r.c.run(() => {
    let input: Input;
    if (r.c.accept('bookkeeping')) input = parseBookkeeping(r);
    else if (r.c.accept('$dialogue')) input = parseDialogueState(r);
    else if (r.c.accept('policy')) input = parsePolicy(r);
    else input = parseProgram(r);
    if (!r.c.atKind('eof')) {
      r.c.noteExpected('end of input');
      r.c.fail();
    }
    return input;
  });
}
