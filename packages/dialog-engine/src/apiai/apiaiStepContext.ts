import type { StepContext } from '../core/step.js';
import type { DialogAgent } from './agent.js';
import type { ApiaiDialogConfig } from './config.js';
import type { ApiaiNlu } from './ports.js';

/** What the api.ai reducer receives besides state and input. */
export interface ApiaiStepContext extends StepContext {
  readonly agent: DialogAgent;
  readonly nlu: ApiaiNlu;
  readonly config?: Partial<ApiaiDialogConfig>;
}
