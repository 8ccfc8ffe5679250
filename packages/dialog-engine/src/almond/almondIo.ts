import type { AlmondCommandInput, AlmondParsedInput } from '@parley/protocol-types';
import type { FormattedMessage, Program } from '@parley/thingtalk';

/** One result of an app the agent started: the formatted messages of one output row, or an error. */
export type AppResult =
  | { readonly outputType: string | null; readonly formatted: readonly FormattedMessage[] }
  | { readonly error: string };

/** A result of a running background program, to show in a notification round. */
export interface NotificationInput {
  readonly type: 'notification';
  readonly appId: string;
  /** The app's name (its description or program name), as in "Notification from ${app}". */
  readonly appName: string;
  readonly icon: string | null;
  readonly result: AppResult;
}

/**
 * What the app feeds the agent: the three client inputs of the conversation socket, the opening of a
 * conversation, the results of an app it started for an `execute` effect, and notifications of running programs.
 */
export type AlmondInput =
  | AlmondCommandInput
  | AlmondParsedInput
  /** ThingTalk code (the socket's `tt` message; the server reads its program from `code`, else the seed's `tt`). */
  | { readonly type: 'tt'; readonly code: string }
  /** A new conversation: welcome messages unless the client asked `hide_welcome`; `firstVisit` picks the long welcome. */
  | { readonly type: 'connect'; readonly showWelcome: boolean; readonly firstVisit: boolean }
  /** Everything the app's main output produced (empty for a program that only started a monitor). */
  | { readonly type: 'app-results'; readonly appId: string; readonly results: readonly AppResult[] }
  | NotificationInput;

/** Work for the app. None of it is reported back except `execute`, answered by an `app-results` input. */
export type AlmondEffect =
  | {
      readonly kind: 'execute';
      readonly appId: string;
      /** The complete program, canonical ThingTalk (what a stored app keeps). */
      readonly code: string;
      /** The same program, type-checked and ready for the executor: the app runs it without parsing `code`. */
      readonly program: Program;
      readonly description: string;
      /** The kind whose icon goes with the program's messages. */
      readonly icon: string | null;
      /** The kind whose icon stands for a stored app (its first non-builtin device), or null. */
      readonly iconKind: string | null;
      /** True for programs with a stream (they keep running and notify later). */
      readonly longRunning: boolean;
    }
  /** A `none`-setup device the program needs: add it (its uniqueId is the kind) before executing. */
  | { readonly kind: 'add-device'; readonly deviceKind: string; readonly uniqueId: string }
  /** The user confirmed what a sentence means (`special:train`): the NLU should learn it. */
  | { readonly kind: 'learn'; readonly utterance: string; readonly code: readonly string[] | string; readonly entities: Readonly<Record<string, unknown>> };
