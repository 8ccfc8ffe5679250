import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Brain } from '../brain/synapse.js';
import { checkSettingsAgainstBrain, loadSettings } from './loadSettings.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'settings-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function settingsFile(text: string): Promise<string> {
  await writeFile(join(dir, 'settings.yml'), text);
  return join(dir, 'settings.yml');
}

const brain = (names: string[]): Brain => ({
  file: 'brain.yml',
  correctionFiles: {},
  templateFiles: {},
  synapses: names.map((name) => ({ name, signals: [], neurons: [], orders: [], enabled: true })),
});

describe('loadSettings', () => {
  it('reads rest_api, default_synapse, hooks, var_files, options, espeak and the parley section', async () => {
    await writeFile(join(dir, 'vars.yml'), 'name: "Nico"\ncity: "Grenoble"\n');
    await writeFile(join(dir, 'more.yml'), 'city: "Paris"\n');
    const settings = loadSettings(
      await settingsFile(`
rest_api:
  active: True
  port: 5000
  password_protected: True
  login: admin
  password: secret
  allowed_cors_origin: "http://remote.example"
default_synapse: "default-synapse"
hooks:
  on_start: "say-hello"
  on_order_not_found:
    - "not-found"
    - "other"
var_files:
  - vars.yml
  - more.yml
options:
  mute: True
text_to_speech:
  - pico2wave:
      language: "fr-FR"
  - espeak:
      voice: "en-gb"
      speed: "140"
      cache: False
parley:
  player: [aplay, -q, "{file}"]
  script_neurons: True
  matching: best
  mqtt_broker: "mqtt://127.0.0.1:1883"
`),
    );
    expect(settings.restApi).toEqual({
      active: true,
      port: 5000,
      passwordProtected: true,
      login: 'admin',
      password: 'secret',
      allowedCorsOrigin: ['http://remote.example'],
    });
    expect(settings.defaultSynapse).toBe('default-synapse');
    expect(settings.hooks).toEqual({ on_start: ['say-hello'], on_order_not_found: ['not-found', 'other'] });
    expect(settings.variables).toEqual({ name: 'Nico', city: 'Paris' });
    expect(settings.options).toEqual({ mute: true });
    expect(settings.tts).toEqual({ voice: 'en-gb', speed: 140, cache: false, cachePath: null });
    expect(settings.player).toEqual({ command: 'aplay', args: ['-q', '{file}'] });
    expect(settings.scriptNeurons).toBe(true);
    expect(settings.matchingMode).toBe('best');
    expect(settings.mqttBroker).toBe('mqtt://127.0.0.1:1883');
  });

  it('defaults to a password-protected API (Kalliope’s default) without hooks', async () => {
    const settings = loadSettings(await settingsFile('rest_api:\n  allowed_cors_origin: False\n'));
    expect(settings.restApi.passwordProtected).toBe(true);
    expect(settings.restApi.allowedCorsOrigin).toBe(false);
    expect(settings.player).toBeNull();
    expect(settings.scriptNeurons).toBe(false);
  });

  it('names the file and what is wrong', async () => {
    const file = await settingsFile('rest_api:\n  password_protected: True\n');
    expect(() => checkSettingsAgainstBrain(loadSettings(file), brain([]))).toThrow(`${file}: "rest_api.password_protected" needs a "login" and a "password"`);
    const hook = await settingsFile('hooks:\n  on_nothing: "x"\n');
    expect(() => loadSettings(hook)).toThrow('unknown hook "on_nothing"');
    const flag = await settingsFile('rest_api:\n  password_protected: maybe\n');
    expect(() => loadSettings(flag)).toThrow('"rest_api.password_protected" must be True or False');
  });

  it('checks that hooks and the default synapse name synapses of the brain', async () => {
    const settings = loadSettings(await settingsFile('rest_api:\n  password_protected: False\ndefault_synapse: "fallback"\nhooks:\n  on_start: "greet"\n'));
    expect(() => checkSettingsAgainstBrain(settings, brain(['fallback', 'greet']))).not.toThrow();
    expect(() => checkSettingsAgainstBrain(settings, brain(['fallback']))).toThrow(
      'hook "on_start" names a synapse that is not in the brain: "greet"',
    );
    expect(() => checkSettingsAgainstBrain(settings, brain(['greet']))).toThrow('"default_synapse" names a synapse');
  });
});
