// Walks a program's plain-data AST: every object node (arrays entered), for finders that look for one shape
// (device selectors, timers) wherever it sits.

export function visitNodes(root: unknown, onNode: (node: Record<string, unknown>) => void): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    onNode(record);
    for (const value of Object.values(record)) visit(value);
  };
  visit(root);
}
