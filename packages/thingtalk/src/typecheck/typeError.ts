import { positionOf, type NodePosition } from '../ast/sourcePositions.js';

/** A ThingTalk type error (name `TypeError`), e.g. `Class com.xkcd has no query nope`. */
export class ThingTalkTypeError extends Error {
  override readonly name = 'TypeError';
  /** Where the offending node starts, when the program came from the parser. */
  position: NodePosition | undefined;
}

export function typeError(message: string): never {
  throw new ThingTalkTypeError(message);
}

/** Runs `check`; a type error it throws without a position gets the position of `node`. */
export function locateTypeErrors<T>(node: object, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof ThingTalkTypeError && error.position === undefined) error.position = positionOf(node);
    throw error;
  }
}
