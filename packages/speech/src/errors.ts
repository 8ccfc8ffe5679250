/** A speech engine binary is not installed; `debianPackage` names what to `apt-get install`. */
export class EngineMissingError extends Error {
  override readonly name = 'EngineMissingError';
  constructor(
    readonly command: string,
    readonly debianPackage: string,
  ) {
    super(`The speech engine "${command}" is not installed: run \`apt-get install ${debianPackage}\``);
  }
}

/** A speech engine ran but failed (bad audio, non-zero exit, timeout). */
export class SpeechEngineError extends Error {
  override readonly name = 'SpeechEngineError';
  constructor(
    message: string,
    readonly stderr = '',
  ) {
    super(message);
  }
}
