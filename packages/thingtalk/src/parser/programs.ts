import type {
  ClassDef,
  Dataset,
  Declaration,
  Library,
  OnInputChoice,
  Program,
  Statement,
  Value,
} from '../ast/index.js';
import { parseAnnotations } from './annotations.js';
import { parseClass } from './classes.js';
import type { Cursor } from './cursor.js';
import { parseDataset } from './datasets.js';
import { parseDeclaration } from './declarations.js';
import { parseQueryThenActions, parseRuleBody } from './rules.js';
import { parseValue } from './values.js';

interface Parts {
  classes: ClassDef[];
  datasets: Dataset[];
  declarations: Declaration[];
  statements: Statement[];
  oninputs: OnInputChoice[];
}

/** `oninput => { [T =>] actions annotations; … } [;]` */
function parseOnInput(c: Cursor): OnInputChoice[] {
  c.expect('oninput');
  c.expect('=>');
  c.expect('{');
  const choices: OnInputChoice[] = [];
  do {
    const { table, actions } = parseQueryThenActions(c);
    const annotations = parseAnnotations(c);
    c.expect(';');
    choices.push({ table, actions, annotations });
  } while (!c.accept('}'));
  c.accept(';');
  return choices;
}

/** One top-level statement, added to the right list. */
function parseTopLevel(c: Cursor, parts: Parts): void {
  if (c.at('class') || c.at('abstract')) {
    parts.classes.push(parseClass(c));
  } else if (c.at('dataset')) {
    parts.datasets.push(parseDataset(c));
  } else if (c.at('let')) {
    const declaration = parseDeclaration(c);
    if (declaration.type === 'Assignment') parts.statements.push(declaration);
    else parts.declarations.push(declaration);
  } else if (c.at('oninput')) {
    const token = c.peek();
    if (parts.oninputs.length > 0) c.failAt(token, 'only one oninput statement is allowed');
    parts.oninputs.push(...parseOnInput(c));
  } else {
    parts.statements.push(parseRuleBody(c));
    c.expect(';');
  }
}

function emptyParts(): Parts {
  return { classes: [], datasets: [], declarations: [], statements: [], oninputs: [] };
}

function toProgram(parts: Parts, principal: Value | null): Program {
  const { classes, declarations, statements, oninputs } = parts;
  return { type: 'Program', principal, classes, declarations, statements, oninputs };
}

/** `{ statements }`: the body of a `program`/`procedure` declaration or dataset example. */
export function parseProgramBlock(c: Cursor): Program {
  c.expect('{');
  const parts = emptyParts();
  do parseTopLevel(c, parts);
  while (!c.accept('}'));
  return toProgram(parts, null);
}

/**
 * A whole program or library: `[executor = principal :] ({ statements } | statements)`.
 * Only classes and datasets make a Library; datasets cannot be mixed with executable statements.
 */
export function parseProgramOrLibrary(c: Cursor): Program | Library {
  const first = c.peek();
  let principal: Value | null = null;
  if (c.accept('executor')) {
    c.expect('=');
    principal = c.accept('self') ? null : parseValue(c);
    if (principal !== null && principal.type === 'String') {
      principal = { type: 'Entity', value: principal.value, entityType: 'tt:username', display: null };
    }
    c.expect(':');
  }
  const parts = emptyParts();
  if (c.accept('{')) {
    while (!c.accept('}')) parseTopLevel(c, parts);
  } else {
    do parseTopLevel(c, parts);
    while (!c.atKind('eof') && principal === null);
  }
  if (!c.atKind('eof')) {
    c.noteExpected('end of input');
    c.fail();
  }
  const executable = parts.declarations.length + parts.statements.length + parts.oninputs.length;
  if (parts.datasets.length > 0) {
    if (executable > 0) c.failAt(first, 'cannot mix datasets with ThingTalk statements other than classes');
    if (principal !== null) c.failAt(first, 'cannot have dataset statements in remote ThingTalk programs');
  }
  if (executable === 0 && principal === null && parts.classes.length + parts.datasets.length > 0) {
    return { type: 'Library', classes: parts.classes, datasets: parts.datasets };
  }
  return toProgram(parts, principal);
}
