import type { CompoundField, TypeRef } from '../ast/index.js';
import { parseAnnotations } from './annotations.js';
import type { Cursor } from './cursor.js';
import { parseName, parseWord } from './names.js';

/** Thingpedia's shorthand type names (thingtalk 1.x accepts them for compatibility). */
const ENTITY_SHORTHANDS: Record<string, string> = {
  EmailAddress: 'tt:email_address',
  PhoneNumber: 'tt:phone_number',
  Picture: 'tt:picture',
  Resource: 'tt:rdf_resource',
  URL: 'tt:url',
  Username: 'tt:username',
  Hashtag: 'tt:hashtag',
  Password: 'tt:password',
};

const SIMPLE = ['Boolean', 'String', 'Number', 'Currency', 'Location', 'Date', 'Time', 'Any', 'Object', 'Type', 'ArgMap'] as const;

/** `prefix:name` (`tt:picture`, `com.spotify:song`) inside `Entity(…)`. */
function parseEntityTypeName(c: Cursor): string {
  let prefix = parseWord(c, 'an entity type');
  while (c.accept('.')) prefix += '.' + parseWord(c, 'an entity type');
  c.expect(':');
  return `${prefix}:${parseWord(c, 'an entity type')}`;
}

/** `name: Type #_[…]` inside a compound type. */
function parseCompoundField(c: Cursor): CompoundField {
  const name = parseName(c, 'a field name');
  c.expect(':');
  const type = parseType(c);
  return { name, type, annotations: parseAnnotations(c) };
}

/**
 * A type: `Number`, `Measure(C)`, `Enum(a, b)`, `Entity(tt:url)`, `Array(T)`, a tuple `(A, B)`, a compound
 * `{ a: A, b: B }`, the shorthands, or an unknown name.
 */
export function parseType(c: Cursor): TypeRef {
  if (c.accept('{')) {
    const fields = [parseCompoundField(c)];
    while (c.accept(',')) fields.push(parseCompoundField(c));
    c.expect('}');
    return { kind: 'Compound', fields };
  }
  if (c.accept('(')) {
    const elems = [parseType(c)];
    while (c.accept(',')) elems.push(parseType(c));
    c.expect(')');
    return { kind: 'Tuple', elems };
  }
  const name = parseWord(c, 'a type');
  const simple = SIMPLE.find((s) => s === name);
  if (simple !== undefined) return { kind: simple };
  const shorthand = ENTITY_SHORTHANDS[name];
  if (shorthand !== undefined) return { kind: 'Entity', entityType: shorthand };
  switch (name) {
    case 'Measure': {
      c.expect('(');
      const unit = c.at(')') ? '' : parseWord(c, 'a unit');
      c.expect(')');
      return { kind: 'Measure', unit };
    }
    case 'Enum': {
      c.expect('(');
      const entries = [parseWord(c, 'an enum value')];
      while (c.accept(',')) entries.push(parseWord(c, 'an enum value'));
      c.expect(')');
      return { kind: 'Enum', entries };
    }
    case 'Entity': {
      c.expect('(');
      const entityType = parseEntityTypeName(c);
      c.expect(')');
      return { kind: 'Entity', entityType };
    }
    case 'Array': {
      c.expect('(');
      const elem = parseType(c);
      c.expect(')');
      return { kind: 'Array', elem };
    }
    default:
      return { kind: 'Unknown', name };
  }
}
