import type { DialogueHistoryItem, DialogueResults, DialogueState, Value } from '../ast/index.js';
import type { Cursor } from './cursor.js';
import { parseQualifiedName, parseWord } from './names.js';
import { parseRuleBody } from './rules.js';
import { parseValue } from './values.js';

/** What `#[confirm=…]` may say of a statement. */
export const CONFIRM_STATES = ['proposed', 'accepted', 'confirmed'];

/** `[{ a=1, b="x" }, …]`: the results of a history item, each a record of constants. */
function parseResultList(c: Cursor): Readonly<Record<string, Value>>[] {
  const list = parseValue(c);
  if (list.type !== 'Array') return c.fail();
  return list.value.map((item) => (item.type === 'Object' ? item.value : c.fail()));
}

/** `#[results=…] #[count=…] #[more=true] #[error=…]` (results required, each at most once), or `#[confirm=…]`. */
function parseHistoryAnnotations(c: Cursor): { results: DialogueResults | null; confirm: string } {
  const seen = new Map<string, Value | Readonly<Record<string, Value>>[] | boolean>();
  let confirm: string | null = null;
  while (c.at('#[')) {
    const start = c.next();
    const name = parseWord(c, 'results, count, more, error or confirm');
    c.expect('=');
    if (seen.has(name) || (confirm !== null) || (name === 'confirm' && seen.size > 0)) c.failAt(start, `Duplicate history annotation #[${name}]`);
    switch (name) {
      case 'results':
        seen.set(name, parseResultList(c));
        break;
      case 'count':
      case 'error':
        seen.set(name, parseValue(c));
        break;
      case 'more':
        seen.set(name, c.accept('true') ? true : (c.expect('false'), false));
        break;
      case 'confirm': {
        const value = parseValue(c);
        // thingtalk 1.10: true is confirmed, false accepted
        if (value.type === 'Boolean') confirm = value.value ? 'confirmed' : 'accepted';
        else if (value.type === 'Enum' && CONFIRM_STATES.includes(value.value)) confirm = value.value;
        else c.failAt(start, 'expected enum(proposed), enum(accepted), enum(confirmed) or a boolean for #[confirm]');
        break;
      }
      default:
        c.failAt(start, `unknown history annotation #[${name}]`);
    }
    c.expect(']');
  }
  if (confirm !== null) return { results: null, confirm };
  if (seen.size === 0) return { results: null, confirm: 'accepted' };
  const results = seen.get('results');
  if (!Array.isArray(results)) return c.failAt(c.peek(), 'Missing history annotation #[results]');
  const count = seen.get('count') as Value | undefined;
  const error = seen.get('error') as Value | undefined;
  return {
    results: { results, count: count ?? { type: 'Number', value: results.length }, more: seen.get('more') === true, error: error ?? null },
    confirm: 'confirmed',
  };
}

function parseHistoryItem(c: Cursor): DialogueHistoryItem {
  const statement = parseRuleBody(c);
  const { results, confirm } = parseHistoryAnnotations(c);
  c.expect(';');
  return { statement, results, confirm };
}

/** `$dialogue @policy.act[(a, b.c)]; history…` (thingtalk 1.10's dialogue state), up to the end of the input. */
export function parseDialogueState(c: Cursor): DialogueState {
  c.next();
  const act = c.expectKind('classname', 'a dialogue act ("@policy.act")');
  const dot = act.text.lastIndexOf('.');
  if (dot < 0) c.failAt(act, `expected a dialogue act ("@policy.act"), found "@${act.text}"`);
  let dialogueActParam: string[] | null = null;
  if (c.accept('(')) {
    dialogueActParam = [parseQualifiedName(c)];
    while (c.accept(',')) dialogueActParam.push(parseQualifiedName(c));
    c.expect(')');
  }
  c.expect(';');
  const history: DialogueHistoryItem[] = [];
  while (!c.atKind('eof')) history.push(parseHistoryItem(c));
  return { type: 'DialogueState', policy: act.text.slice(0, dot), dialogueAct: act.text.slice(dot + 1), dialogueActParam, history };
}
