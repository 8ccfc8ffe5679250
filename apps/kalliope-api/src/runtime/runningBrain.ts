import type { Brain, Synapse } from '../brain/synapse.js';
import type { KalliopeSettings } from '../settings/settings.js';

/** The brain and settings the server runs with; the `brain` neuron toggles `enabled`, SIGHUP swaps both. */
export class RunningBrain {
  private synapseList: Synapse[];
  private currentSettings: KalliopeSettings;
  private currentVersion = 0;
  private currentRevision = 0;

  constructor(
    private currentBrain: Brain,
    settings: KalliopeSettings,
  ) {
    this.synapseList = [...currentBrain.synapses];
    this.currentSettings = settings;
  }

  /** Bumped by every reload, so caches built from the brain (the speech grammar) know when to rebuild. */
  get version(): number {
    return this.currentVersion;
  }

  /** Bumped by every change to the synapses (reload, add, remove, enable toggle): the compiled order matcher follows it. */
  get revision(): number {
    return this.currentRevision;
  }

  get brain(): Brain {
    return this.currentBrain;
  }

  get settings(): KalliopeSettings {
    return this.currentSettings;
  }

  synapses(): readonly Synapse[] {
    return this.synapseList;
  }

  find(name: string): Synapse | undefined {
    return this.synapseList.find((synapse) => synapse.name === name);
  }

  setEnabled(name: string, enabled: boolean): boolean {
    const index = this.synapseList.findIndex((synapse) => synapse.name === name);
    const synapse = this.synapseList[index];
    if (synapse === undefined) return false;
    this.synapseList[index] = { ...synapse, enabled };
    this.currentRevision += 1;
    return true;
  }

  /** `POST /synapses` (Kalliope 0.7): in memory only, like Kalliope; false when the name is taken. */
  addSynapse(synapse: Synapse): boolean {
    if (this.find(synapse.name) !== undefined) return false;
    this.synapseList.push(synapse);
    this.currentVersion += 1;
    this.currentRevision += 1;
    return true;
  }

  /** `DELETE /synapses/<name>`; false when there is no such synapse. */
  removeSynapse(name: string): boolean {
    const index = this.synapseList.findIndex((synapse) => synapse.name === name);
    if (index < 0) return false;
    this.synapseList.splice(index, 1);
    this.currentVersion += 1;
    this.currentRevision += 1;
    return true;
  }

  setVariables(values: Readonly<Record<string, unknown>>): void {
    this.currentSettings = { ...this.currentSettings, variables: { ...this.currentSettings.variables, ...values } };
  }

  replace(brain: Brain, settings: KalliopeSettings): void {
    this.currentBrain = brain;
    this.synapseList = [...brain.synapses];
    this.currentSettings = settings;
    this.currentVersion += 1;
    this.currentRevision += 1;
  }

  /** Kalliope starts its order listener only when a synapse has an order signal; the trigger switch needs it. */
  hasOrderSignal(): boolean {
    return this.synapseList.some((synapse) => synapse.orders.length > 0);
  }

  /** What can be said to the server: order texts and neurotransmitter answers (for the speech grammar). */
  phrases(): string[] {
    const phrases: string[] = [];
    for (const synapse of this.synapseList) {
      phrases.push(...synapse.orders.map((order) => order.text));
      for (const neuron of synapse.neurons) {
        const links = neuron.name === 'neurotransmitter' ? neuron.parameters?.['from_answer_link'] : undefined;
        for (const link of Array.isArray(links) ? links : []) {
          const answers: unknown = (link as Record<string, unknown>)['answers'];
          if (Array.isArray(answers)) phrases.push(...answers.filter((answer) => typeof answer === 'string'));
        }
      }
    }
    return phrases;
  }
}
