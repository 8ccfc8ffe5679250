import type { SchemaRetriever } from '@parley/thingtalk';
import type { StepContext } from '../core/step.js';
import type { AskValue } from './messages.js';

/** One interpretation of a text command, as the NLP server returns it (docs/protocols/almond.md §4.1). */
export interface AlmondCandidate {
  /** NN tokens (an array) or ThingTalk source (a string). */
  readonly code: readonly string[] | string;
  /** Values of the placeholders of NN `code` (`QUOTED_STRING_0` → `"lol"`). */
  readonly entities?: Readonly<Record<string, unknown>>;
  /** `"Infinity"` marks an exact match: the agent then runs the command without asking for confirmation. */
  readonly score: number | 'Infinity';
  /**
   * Set by an NLU whose scores are calibrated: `true` runs the command without asking (like `"Infinity"`);
   * `false` on the best candidate with other plausible ones asks "Did you mean any of the following?".
   */
  readonly confident?: boolean;
}

/** What the agent tells the NLU about the question it asked (the NLP server's `expect` and `choices`). */
export interface AlmondNluOptions {
  readonly expect: AskValue;
  /** Titles of the choices just offered, for `bookkeeping choice N` by similarity. */
  readonly choices: readonly string[];
}

/**
 * The NLU the Almond agent needs: text → candidates, best first. It must be pure and must not throw; an empty
 * list means the command was not understood. Bookkeeping ("yes", "cancel", "help", a lone number) comes back as
 * NN bookkeeping code such as `bookkeeping special special:yes` or `bookkeeping answer NUMBER_0`.
 */
export interface AlmondNlu {
  parse(text: string, options: AlmondNluOptions): readonly AlmondCandidate[];
}

/** A device the user has configured (what `/devices/list` shows). */
export interface ConfiguredDevice {
  readonly uniqueId: string;
  readonly kind: string;
  readonly name: string;
}

/** A kind of the device catalog (Thingpedia): its name, how it is set up, its help category. */
export interface CatalogKind {
  readonly kind: string;
  readonly name: string;
  /**
   * `builtin` kinds are always there; `none` kinds are added without asking (their device's uniqueId is the kind);
   * others need `/devices/create`.
   */
  readonly setup: 'builtin' | 'none' | 'oauth2' | 'form' | 'discovery' | 'interactive';
  /** One of the help categories (`media`, `social-network`, `home`, `communication`, `service`, `data-management`). */
  readonly category?: string;
}

/** An example command, shown as a button (welcome, help). */
export interface ExampleCommand {
  readonly utterance: string;
  readonly code: readonly string[];
  readonly entities?: Readonly<Record<string, unknown>>;
  /** The kind whose help page lists it. */
  readonly kind?: string;
  readonly id?: number;
}

/** What the Almond reducer receives besides state and input: all pure data and functions the app provides. */
export interface AlmondStepContext extends StepContext {
  /** A new random UUID (v4) each call; apps are named `uuid-<uuid>`. */
  readonly uuid: () => string;
  readonly nlu: AlmondNlu;
  /** The class definitions (Thingpedia) for type checking, slots and descriptions. */
  readonly classes: SchemaRetriever;
  readonly devices: readonly ConfiguredDevice[];
  readonly catalog: readonly CatalogKind[];
  /** Example commands for help pages and the first-visit welcome (the reference's four are used when absent). */
  readonly examples?: readonly ExampleCommand[];
  /** The user's IANA time zone, for dates in descriptions and NN dates (default UTC). */
  readonly timeZone?: string;
  /** The anonymous conversation (`/me/api/anonymous`): only single queries run; the rest asks the user to register. */
  readonly anonymous?: boolean;
}
