import type { JsonObject, KalliopeStepContext } from '@parley/dialog-engine';
import { compileDialogBrain, type CompiledDialogBrain } from '@parley/dialog-engine/kalliope';
import type { RunningBrain } from './runningBrain.js';

/** The dialog brain and its order matcher, kept until the running brain changes (its `revision`). */
interface CompiledBrain extends CompiledDialogBrain {
  readonly revision: number;
}

const compiledBrains = new WeakMap<RunningBrain, CompiledBrain>();

/**
 * The same `synapses` array and `matchOrder` for every request while the brain is unchanged, so the order matcher
 * compiles the brain (parses and indexes its order signals) once per brain load or change, not per request.
 */
function compiledBrain(brain: RunningBrain): CompiledBrain {
  const cached = compiledBrains.get(brain);
  if (cached !== undefined && cached.revision === brain.revision) return cached;
  const compiled: CompiledBrain = {
    revision: brain.revision,
    ...compileDialogBrain(brain.synapses(), { mode: brain.settings.matchingMode, correctionFiles: brain.brain.correctionFiles }),
  };
  compiledBrains.set(brain, compiled);
  return compiled;
}

/** The context of one `stepKalliope` call for the running brain and settings. */
export function dialogContext(brain: RunningBrain, random: () => number): KalliopeStepContext {
  const { settings } = brain;
  const { synapses, matchOrder } = compiledBrain(brain);
  const orderNotFoundSynapses =
    settings.defaultSynapse !== null ? [settings.defaultSynapse] : (settings.hooks['on_order_not_found'] ?? []);
  return {
    now: Date.now(),
    random,
    brain: synapses,
    matchOrder,
    // settings.yml values are plain YAML data: JSON values.
    settings: { variables: settings.variables as JsonObject, orderNotFoundSynapses },
    templateFiles: brain.brain.templateFiles,
  };
}
