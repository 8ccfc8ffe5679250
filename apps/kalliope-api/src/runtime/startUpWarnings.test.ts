import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBrain } from '../brain/loadBrain.js';
import { checkSettingsAgainstBrain, loadSettings } from '../settings/loadSettings.js';
import { brainWarnings, settingsWarnings } from './startUpWarnings.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warnings-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function settingsOf(text: string) {
  await writeFile(join(dir, 'settings.yml'), text);
  return loadSettings(join(dir, 'settings.yml'));
}

const FRENCH_KIT_SETTINGS = `
default_speech_to_text: "google"
default_text_to_speech: "pico2wave"
default_trigger: "snowboy"
default_player: "mplayer"
speech_to_text:
  - google:
      language: "fr-FR"
  - cmusphinx:
      language: "fr-FR"
text_to_speech:
  - pico2wave:
      language: "fr-FR"
      cache: True
triggers:
  - snowboy:
      pmdl_file: "trigger/snowboy/resources/kalliope-FR-40samples.pmdl"
players:
  - mplayer: {}
`;

describe('settings honoured or refused loudly', () => {
  it("speaks the brain's language and names every engine it does not run in one warning", async () => {
    const settings = await settingsOf(FRENCH_KIT_SETTINGS);
    expect(settings.language).toBe('fr-FR');
    expect(settings.tts.voice).toBe('fr-fr');
    const warnings = settingsWarnings(settings, () => true);
    expect(warnings[0]).toContain(
      'the settings name engines kalliope-api does not run: speech_to_text google, text_to_speech pico2wave, triggers snowboy, players mplayer;',
    );
    expect(warnings.filter((warning) => warning.includes('does not run'))).toHaveLength(1);
    expect(warnings.some((warning) => warning.includes('no pocketsphinx model for the brain\'s language fr-FR'))).toBe(true);
    expect(settingsWarnings(settings, () => false).some((warning) => warning.includes('espeak-ng has no voice "fr-fr"'))).toBe(true);
  });

  it('keeps an explicit espeak voice and warns about nothing for an English espeak brain', async () => {
    const settings = await settingsOf('text_to_speech:\n  - espeak:\n      voice: "en-gb"\n      language: "en-GB"\n');
    expect(settings.tts.voice).toBe('en-gb');
    expect(settingsWarnings(settings, () => false)).toEqual([]);
  });

  it('refuses rest_api.active: False (the REST API is all the server is)', async () => {
    const settings = await settingsOf('rest_api:\n  active: False\n  password_protected: False\n');
    expect(() => checkSettingsAgainstBrain(settings, { file: 'brain.yml', synapses: [], correctionFiles: {}, templateFiles: {} })).toThrow(
      '"rest_api.active" is False, but kalliope-api is Kalliope\'s REST API and nothing else',
    );
  });

  it('warns about the legacy neurotransmitter links with file and line', async () => {
    await writeFile(
      join(dir, 'brain.yml'),
      '- name: "ask-me"\n  signals: []\n  neurons:\n    - neurotransmitter:\n        links:\n          - synapse: "other-one"\n            answers: ["yes"]\n',
    );
    expect(brainWarnings(loadBrain(join(dir, 'brain.yml')))).toEqual([
      `${join(dir, 'brain.yml')}:4: synapse "ask-me": the neurotransmitter's "links" (a legacy form) is not run: write from_answer_link: [{synapse, answers}]`,
    ]);
  });
});
