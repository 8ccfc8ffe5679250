import type { DeviceSelector, InputParam, Invocation } from './primitives.js';
import type { Value } from './values.js';

/**
 * Where parsed nodes came from. The parser makes invocations and input parameters that carry their position in a
 * private field: invisible to equality, JSON, spreads and printing, so nodes still compare and serialize as plain
 * data and parse(print(p)) still deep-equals p (a copy, like any node not made by the parser, has no position).
 * The type checker reads it to give type errors a line:column. (A private field costs nothing to read or write;
 * a side table keyed by node cost a third of the parse time.)
 */
export interface NodePosition {
  readonly line: number;
  readonly column: number;
}

class Located {
  readonly #position: NodePosition;

  constructor(position: NodePosition) {
    this.#position = position;
  }

  static positionOf(node: object): NodePosition | undefined {
    return #position in node ? (node as Located).#position : undefined;
  }
}

class ParsedInputParam extends Located implements InputParam {
  constructor(
    readonly name: string,
    readonly value: Value,
    position: NodePosition,
  ) {
    super(position);
  }
}

class ParsedInvocation extends Located implements Invocation {
  constructor(
    readonly selector: DeviceSelector,
    readonly channel: string,
    readonly inParams: readonly InputParam[],
    position: NodePosition,
  ) {
    super(position);
  }
}

/** `name=value` as parsed at `position`. */
export function locatedInputParam(name: string, value: Value, position: NodePosition): InputParam {
  return new ParsedInputParam(name, value, position);
}

/** An invocation as parsed at `position`. */
export function locatedInvocation(selector: DeviceSelector, channel: string, inParams: readonly InputParam[], position: NodePosition): Invocation {
  return new ParsedInvocation(selector, channel, inParams, position);
}

/** Where `node` starts in its source, when the parser made it. */
export function positionOf(node: object): NodePosition | undefined {
  const position = Located.positionOf(node);
  return position === undefined ? undefined : { line: position.line, column: position.column };
}
