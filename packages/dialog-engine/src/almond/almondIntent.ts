import type { Program, Value } from '@parley/thingtalk';
import type { AlmondCandidate } from './almondStepContext.js';

/** What one user input means to the agent (DA `lib/semantic.js` intents). */
export type AlmondIntent =
  /** `special:yes`, `no`, `nevermind`, `stop`, `help`, `makerule`, `debug`, `wakeup`, `train`, `more`, `back`, … */
  | { readonly type: 'special'; readonly name: string }
  | { readonly type: 'answer'; readonly value: Value }
  | { readonly type: 'choice'; readonly index: number }
  /** Help navigation: the devices of a category, or (`device` set) the commands of a device. */
  | { readonly type: 'commands'; readonly category: string; readonly device: string | null }
  /** A type-checked program; `confident` skips the first confirmation. */
  | { readonly type: 'program'; readonly program: Program; readonly confident: boolean }
  /** Several plausible readings of a text command and none sure: "Did you mean any of the following?". */
  | { readonly type: 'clarify'; readonly utterance: string; readonly candidates: readonly AlmondCandidate[] }
  /** Understood, but nothing the agent can run (no query or action, permission rules, remote programs); `text` says so. */
  | { readonly type: 'unsupported'; readonly text: string }
  /** Not understood; `error` explains code that does not parse or type-check. */
  | { readonly type: 'failed'; readonly error: string | null };
