/** A speech engine binary is not installed; `debianPackage` names what to `apt-get install`. */
export class EngineMissingError extends Error {
  override readonly name: string = 'EngineMissingError';
  constructor(
    readonly command: string,
    readonly debianPackage: string,
  ) {
    super(`The speech engine "${command}" is not installed: run \`apt-get install ${debianPackage}\``);
  }
}

/** A speech engine ran but failed (bad audio, non-zero exit, timeout). */
export class SpeechEngineError extends Error {
  override readonly name: string = 'SpeechEngineError';
  constructor(
    message: string,
    readonly stderr = '',
  ) {
    super(message);
  }
}

/** The audio itself cannot be read (a broken WAV header, no samples); a SpeechEngineError so callers map it alike. */
export class UnreadableAudioError extends SpeechEngineError {
  override readonly name: string = 'UnreadableAudioError';
}
