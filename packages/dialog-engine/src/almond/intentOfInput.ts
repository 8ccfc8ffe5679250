import { typeCheck, type Input, type Program, type SchemaRetriever, type Statement } from '@parley/thingtalk';
import type { AlmondIntent } from './almondIntent.js';

function hasPrimitive(statement: Statement): boolean {
  if (statement.type === 'Assignment') return true;
  if (statement.type === 'Rule') return true;
  return statement.table !== null || statement.actions.some((action) => action.type !== 'Notify');
}

const UNSUPPORTED: AlmondIntent = { type: 'unsupported', text: "Sorry, I don't know how to do that yet." };

function programIntent(program: Program, classes: SchemaRetriever, confident: boolean): AlmondIntent {
  const checked = typeCheck(program, classes);
  if (checked.type !== 'Program' || checked.statements.length === 0 || !checked.statements.every(hasPrimitive)) return UNSUPPORTED;
  // Programs for other users need the remote (messaging) support of almond 1.8, which Parley does not have (DA rule.js).
  if (checked.principal !== null) return { type: 'unsupported', text: 'Sorry, this version of Almond does not support asking other users for permission.' };
  return { type: 'program', program: checked, confident };
}

/** The intent of a parsed ThingTalk input. Throws the type checker's `TypeError` for programs that do not check. */
export function intentOfInput(input: Input, classes: SchemaRetriever, confident: boolean): AlmondIntent {
  switch (input.type) {
    case 'Program':
      return programIntent(input, classes, confident);
    case 'PermissionRule':
    case 'Library':
    case 'DialogueState':
      return UNSUPPORTED;
    case 'Bookkeeping': {
      const intent = input.intent;
      switch (intent.type) {
        case 'Special':
          return intent.name === 'failed' ? { type: 'failed', error: null } : { type: 'special', name: intent.name };
        case 'Choice':
          return { type: 'choice', index: intent.index };
        case 'Answer':
          return { type: 'answer', value: intent.value };
        case 'CommandList': {
          const device = intent.device.type === 'Entity' ? intent.device.value : null;
          return { type: 'commands', category: intent.category, device };
        }
        case 'Predicate':
          return { type: 'failed', error: null };
      }
    }
  }
}
