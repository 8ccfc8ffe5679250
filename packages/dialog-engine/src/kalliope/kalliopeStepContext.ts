import type { StepContext } from '../core/step.js';
import type { KalliopeDialogSettings, KalliopeSynapse } from './brain.js';
import type { MatchOrder } from './ports.js';

/** What the Kalliope reducer receives besides state and input. */
export interface KalliopeStepContext extends StepContext {
  readonly brain: readonly KalliopeSynapse[];
  readonly matchOrder: MatchOrder;
  readonly settings?: KalliopeDialogSettings;
  /** Contents of the `file_template` files the brain names, keyed by the path as written (the app reads them). */
  readonly templateFiles?: Readonly<Record<string, string>>;
}
