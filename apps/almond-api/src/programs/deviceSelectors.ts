// The device selectors (`@kind(id=…)`) of every invocation in a program, found by walking its plain-data AST.
import type { DeviceSelector, Program } from '@parley/thingtalk';

function isSelector(value: unknown): value is DeviceSelector {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { kind?: unknown; id?: unknown; attributes?: unknown };
  return typeof candidate.kind === 'string' && (candidate.id === null || typeof candidate.id === 'string') && Array.isArray(candidate.attributes);
}

export function deviceSelectors(program: Program): DeviceSelector[] {
  const found: DeviceSelector[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (isSelector(record.selector) && typeof record.channel === 'string') found.push(record.selector);
    for (const value of Object.values(record)) visit(value);
  };
  visit(program);
  return found;
}
