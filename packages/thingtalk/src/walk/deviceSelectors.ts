// The device selectors (`@kind(id=…)`) of every invocation in a program, found by walking its plain-data AST.
import type { DeviceSelector, Program } from '../ast/index.js';
import { visitNodes } from './visitNodes.js';

function isSelector(value: unknown): value is DeviceSelector {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { kind?: unknown; id?: unknown; attributes?: unknown };
  return typeof candidate.kind === 'string' && (candidate.id === null || typeof candidate.id === 'string') && Array.isArray(candidate.attributes);
}

export function deviceSelectors(program: Program): DeviceSelector[] {
  const found: DeviceSelector[] = [];
  visitNodes(program, (node) => {
    if (isSelector(node.selector) && typeof node.channel === 'string') found.push(node.selector);
  });
  return found;
}
