/**
 * Where parsed nodes came from, kept beside the AST rather than in it, so that nodes stay plain data and
 * parse(print(p)) still deep-equals p. The type checker reads it to give type errors a line:column.
 */
export interface NodePosition {
  readonly line: number;
  readonly column: number;
}

const positions = new WeakMap<object, NodePosition>();

/** Records where `node` starts in the source it was parsed from. */
export function recordPosition(node: object, position: NodePosition): void {
  positions.set(node, { line: position.line, column: position.column });
}

/** Where `node` starts in its source, when it came from the parser. */
export function positionOf(node: object): NodePosition | undefined {
  return positions.get(node);
}
