/** A ThingTalk type error (name `TypeError`), e.g. `Class com.xkcd has no query nope`. */
export class ThingTalkTypeError extends Error {
  override readonly name = 'TypeError';
}

export function typeError(message: string): never {
  throw new ThingTalkTypeError(message);
}
