// What trains an agent's intent classifier: in this thread (`createInProcessTrainer`, the default of an embedded
// agent) or in worker threads (`createWorkerTrainer` of ./node, the server's).
import type { ClassifierModel, TrainingExample } from '@parley/nlu';

export interface ClassifierTrainer {
  /**
   * Asks for a model of these examples; they replace any request of the agent not started yet. Resolves once a model
   * of these examples (or of newer ones) is in use; its threshold may be calibrated afterwards.
   */
  train(agentId: string, examples: readonly TrainingExample[]): Promise<void>;
  /** The newest trained model of the agent. */
  latest(agentId: string): ClassifierModel | undefined;
  /** Resolves once no training or calibration is running or waiting. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** What a trainer tells as it goes (for logs, progress and benchmarks). */
export type TrainerEvent =
  | { kind: 'trained'; examples: number; ms: number; /** Trained from the agent's previous model. */ warmStart: boolean }
  | { kind: 'calibrated'; examples: number; ms: number; threshold: number };
