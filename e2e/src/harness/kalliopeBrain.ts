// Starts kalliope-api processes on a brain made for the tests (the demo brain's dialogue and memory synapses,
// without its kill_switch order, which any client could otherwise use to stop the server).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnApp, type SpawnedApp } from './spawnApp.js';

const brain = `
- name: "say-hello"
  signals:
    - order: "say hello"
  neurons:
    - say:
        message: "Hello sir"
- name: "ask-question"
  signals:
    - order: "ask me a question"
  neurons:
    - say:
        message: "do you like french fries?"
    - neurotransmitter:
        from_answer_link:
          - synapse: "likes-fries"
            answers:
              - "absolutely"
          - synapse: "dislikes-fries"
            answers:
              - "not at all"
        default: "not-understood"
- name: "likes-fries"
  signals: []
  neurons:
    - say:
        message: "You like french fries!! Me too."
- name: "dislikes-fries"
  signals: []
  neurons:
    - say:
        message: "You don't like french fries."
- name: "not-understood"
  signals: []
  neurons:
    - say:
        message: "I haven't understood your answer"
- name: "remember-my-name"
  signals:
    - order: "remember that my name is {{ name }}"
  neurons:
    - say:
        message: "I will remember it"
        kalliope_memory:
          my_name: "{{ name }}"
- name: "tell-my-name"
  signals:
    - order: "what is my name"
  neurons:
    - say:
        message: "your name is {{ kalliope_memory['my_name'] }}"
- name: "repeat-after-me"
  signals:
    - order: "repeat after me {{ sentence }}"
  neurons:
    - say:
        message: "{{ sentence }}"
`;

export const kalliopeLogin = 'admin';
export const kalliopePassword = 'secret-e2e-password';

function settings(passwordProtected: boolean): string {
  return `
rest_api:
  active: True
  port: 5000
  password_protected: ${passwordProtected ? 'True' : 'False'}
  login: ${kalliopeLogin}
  password: ${kalliopePassword}
  allowed_cors_origin: False
options:
  mute: False
  deaf: False
`;
}

export interface KalliopeOptions {
  databaseUrl?: string | undefined;
  passwordProtected?: boolean;
}

export function spawnKalliope(options: KalliopeOptions = {}): Promise<SpawnedApp> {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-kalliope-'));
  writeFileSync(join(dir, 'brain.yml'), brain);
  writeFileSync(join(dir, 'settings.yml'), settings(options.passwordProtected ?? false));
  return spawnApp('kalliope-api', {
    env: {
      DATA_DIR: join(dir, 'data'),
      KALLIOPE_BRAIN: join(dir, 'brain.yml'),
      KALLIOPE_SETTINGS: join(dir, 'settings.yml'),
      ...(options.databaseUrl === undefined ? {} : { DATABASE_URL: options.databaseUrl }),
    },
  });
}

/** The sentences the neurons said in a run response. */
export function saidIn(json: unknown): string[] {
  const run = json as { matched_synapses?: { neuron_module_list?: { generated_message?: unknown }[] }[] };
  return (run.matched_synapses ?? []).flatMap((synapse) =>
    (synapse.neuron_module_list ?? []).map((neuron) => String(neuron.generated_message)),
  );
}
