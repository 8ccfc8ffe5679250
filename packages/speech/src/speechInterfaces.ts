/** What a recogniser heard. `text` is empty when the speech was rejected. */
export interface Transcript {
  readonly text: string;
  /** `grammar`: matched a known phrase; `language-model`: free decoding; `rejected`: nothing usable. */
  readonly source: 'grammar' | 'language-model' | 'rejected';
}

/** Turns audio (any format ffmpeg reads) into text. */
export interface SpeechToText {
  transcribe(audio: Buffer): Promise<Transcript>;
  /** Stops what the recogniser keeps running (decoder processes); it cannot be used afterwards. */
  close?(): Promise<void>;
}

export interface SynthesisOptions {
  readonly voice?: string;
  /** Words per minute. */
  readonly speed?: number;
}

/** Turns text into a WAV file's bytes. */
export interface TextToSpeech {
  synthesize(text: string, options?: SynthesisOptions): Promise<Buffer>;
}
