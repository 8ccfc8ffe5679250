import type { Command, Rule } from './programs.js';
import type { Value } from './values.js';

/** What a statement of the dialogue history returned: `#[results=[{…}, …]] #[count=v] #[more=true] #[error=v]`. */
export interface DialogueResults {
  /** One record per result: parameter name → constant value. */
  readonly results: readonly Readonly<Record<string, Value>>[];
  /** How many results there are in all (`#[count=…]`; the number of `results` when not written). */
  readonly count: Value;
  /** `#[more=true]`: more results than listed can be fetched. */
  readonly more: boolean;
  /** `#[error=…]`: the statement failed with this error, or null. */
  readonly error: Value | null;
}

/**
 * One statement of the history with its state: `confirmed` when it ran (it has `results`), `accepted` when the
 * user accepted it without confirmation (nothing written), or what `#[confirm=enum(x)]` says (`proposed`, …).
 */
export interface DialogueHistoryItem {
  readonly statement: Command | Rule;
  readonly results: DialogueResults | null;
  readonly confirm: string;
}

/**
 * The state of a dialogue as thingtalk 1.10 writes it for an agent: the dialogue act of the policy and the
 * statements so far. `$dialogue @org.thingpedia.dialogue.transaction.execute; now => … #[results=[…]];`
 */
export interface DialogueState {
  readonly type: 'DialogueState';
  /** `org.thingpedia.dialogue.transaction`. */
  readonly policy: string;
  /** `execute`, `sys_recommend_one`, … */
  readonly dialogueAct: string;
  /** The parameter names of `@policy.act(a, b.c)`, null when there are no parentheses. */
  readonly dialogueActParam: readonly string[] | null;
  readonly history: readonly DialogueHistoryItem[];
}
