import { typeCheck, type Input, type Program, type SchemaRetriever, type Statement } from '@parley/thingtalk';
import type { AlmondIntent } from './almondIntent.js';

function hasPrimitive(statement: Statement): boolean {
  if (statement.type === 'Assignment') return true;
  if (statement.type === 'Rule') return true;
  return statement.table !== null || statement.actions.some((action) => action.type !== 'Notify');
}

function programIntent(program: Program, classes: SchemaRetriever, confident: boolean): AlmondIntent {
  const checked = typeCheck(program, classes);
  if (checked.type !== 'Program') return { type: 'unsupported' };
  if (checked.principal !== null || checked.statements.length === 0 || !checked.statements.every(hasPrimitive)) {
    return { type: 'unsupported' };
  }
  return { type: 'program', program: checked, confident };
}

/** The intent of a parsed ThingTalk input. Throws the type checker's `TypeError` for programs that do not check. */
export function intentOfInput(input: Input, classes: SchemaRetriever, confident: boolean): AlmondIntent {
  switch (input.type) {
    case 'Program':
      return programIntent(input, classes, confident);
    case 'PermissionRule':
    case 'Library':
      return { type: 'unsupported' };
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
