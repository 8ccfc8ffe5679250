import type { EngineCommand } from './runEngine.js';

/** The Debian binaries the engines use, with the package that installs each. */
export const ENGINES = {
  espeakNg: { command: 'espeak-ng', debianPackage: 'espeak-ng' },
  ffmpeg: { command: 'ffmpeg', debianPackage: 'ffmpeg' },
  pocketsphinx: { command: 'pocketsphinx_batch', debianPackage: 'pocketsphinx' },
  mkfifo: { command: 'mkfifo', debianPackage: 'coreutils' },
} as const satisfies Record<string, EngineCommand>;

/** Where pocketsphinx-en-us installs the US English model. */
export const EN_US_MODEL = {
  debianPackage: 'pocketsphinx-en-us',
  acousticModel: '/usr/share/pocketsphinx/model/en-us/en-us',
  languageModel: '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin',
  dictionary: '/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict',
} as const;
