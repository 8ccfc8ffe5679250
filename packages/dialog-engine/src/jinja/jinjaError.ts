/** A template that does not parse, or fails while rendering (Jinja2's TemplateSyntaxError, UndefinedError, TypeError…). */
export class JinjaError extends Error {
  override readonly name = 'JinjaError';

  constructor(
    message: string,
    /** 1-based line of the template where the problem is, when known. */
    readonly line?: number,
  ) {
    super(line === undefined ? message : `${message} (line ${line})`);
  }
}
