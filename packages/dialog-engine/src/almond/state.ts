import type { AlmondCandidate } from './almondStepContext.js';
import type { AppResult, NotificationInput } from './almondIo.js';
import type { AskValue } from './messages.js';

/** How a program is run and confirmed (DA `legacy-dialogs/rule.js` `prepareProgram`). */
export interface ProgramInfo {
  /** `query` / `safeAction`: one non-builtin primitive, no stream; `general` otherwise. */
  readonly programType: 'general' | 'query' | 'safeAction';
  /** Whether slot filling will ask a value other than a Boolean or an Enum (→ a second confirmation). */
  readonly hasSlots: boolean;
  /** Whether a command ends in `notify` ("Sorry, I did not find any result for that." when nothing comes). */
  readonly hasResult: boolean;
  readonly hasTrigger: boolean;
  /** The kind of the first non-builtin primitive, the icon of the program's messages. */
  readonly icon: string | null;
}

export type ProgramStep =
  | { readonly type: 'confirm'; readonly phase: 'before' | 'after' }
  /** Which of several devices of the first slot's kind. */
  | { readonly type: 'device'; readonly deviceIds: readonly string[] }
  /** Earlier outputs offered for the first value slot ("Use the … from …", "None of above"). */
  | { readonly type: 'option' }
  /** The first value slot asked directly. */
  | { readonly type: 'value' }
  /** Created; waiting for the app's results. */
  | { readonly type: 'running'; readonly appId: string; readonly echo: boolean };

export interface ProgramTask {
  readonly kind: 'program';
  /** The program so far, canonical ThingTalk, `$?` where values are missing. */
  readonly code: string;
  readonly confident: boolean;
  readonly info: ProgramInfo;
  readonly step: ProgramStep;
}

/** A program task while a round works on it: the program travels as an AST and the task gets its code and step when the round ends. */
export type ProgramDraft = Pick<ProgramTask, 'kind' | 'confident' | 'info'>;

/** Results beyond the first page, shown on `special:more`. */
interface ResultsTask {
  readonly kind: 'results';
  readonly icon: string | null;
  readonly remaining: readonly AppResult[];
}

/** `special:train`: which interpretation of the last sentence was meant. */
export interface TrainTask {
  readonly kind: 'train';
  readonly utterance: string;
  readonly candidates: readonly AlmondCandidate[];
  /** Asked by the agent itself (an unsure parse), not by `special:train`: the choice is not counted as training. */
  readonly clarify?: boolean;
}

/** Browsing the help pages (categories → devices of a category → commands of a device). */
export interface HelpTask {
  readonly kind: 'help';
  readonly category: string | null;
  readonly device: string | null;
  /** The page of a device's commands (five per page). */
  readonly page: number;
}

export type AlmondTask = ProgramTask | ResultsTask | TrainTask | HelpTask;

/** The last text command and its candidates, for `special:train`; null after a button or code. */
interface LastCommand {
  readonly utterance: string;
  readonly candidates: readonly AlmondCandidate[];
}

/** The whole conversation: plain JSON. */
export interface AlmondState {
  readonly expecting: AskValue;
  /** The base unit asked for when `expecting` is `generic` for a measure. */
  readonly measureUnit: string | null;
  /** Titles of the choices of the last choice question (re-sent by lookingFor and on a bad index). */
  readonly choices: readonly string[];
  readonly task: AlmondTask | null;
  readonly lastCommand: LastCommand | null;
  readonly trainedCount: number;
  /** The app created last in this conversation: its notifications need no "Notification from" prefix. */
  readonly currentAppId: string | null;
  /** Notifications that arrived during a task, shown when the agent is back in the default state. */
  readonly queuedNotifications: readonly NotificationInput[];
}

export function initialAlmondState(): AlmondState {
  return {
    expecting: null,
    measureUnit: null,
    choices: [],
    task: null,
    lastCommand: null,
    trainedCount: 0,
    currentAppId: null,
    queuedNotifications: [],
  };
}
