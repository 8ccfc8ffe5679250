import { isRecord } from '../brain/parseSynapse.js';

/** The engines of a Kalliope settings list (`speech_to_text: [{google: {language: fr-FR}}, …]`): name → parameters. */
function enginesOf(value: unknown): Map<string, Record<string, unknown>> {
  const engines = new Map<string, Record<string, unknown>>();
  for (const entry of Array.isArray(value) ? (value as unknown[]) : []) {
    if (typeof entry === 'string') engines.set(entry, {});
    else if (isRecord(entry)) {
      for (const [name, parameters] of Object.entries(entry)) engines.set(name, isRecord(parameters) ? parameters : {});
    }
  }
  return engines;
}

/** The engines kalliope-api runs in place of Kalliope's: pocketsphinx (Kalliope's cmusphinx) and espeak-ng. */
const RUN_ENGINES: Readonly<Record<string, readonly string[]>> = {
  speech_to_text: ['cmusphinx', 'pocketsphinx'],
  text_to_speech: ['espeak', 'espeak-ng'],
  triggers: [],
  players: [],
};

const DEFAULT_KEYS: Readonly<Record<string, string>> = {
  speech_to_text: 'default_speech_to_text',
  text_to_speech: 'default_text_to_speech',
  triggers: 'default_trigger',
  players: 'default_player',
};

/** `speech_to_text google, text_to_speech pico2wave, …`: the engines the settings name that the server does not run. */
export function enginesNotRun(root: Readonly<Record<string, unknown>>): string[] {
  const named: string[] = [];
  for (const [section, runs] of Object.entries(RUN_ENGINES)) {
    const names = new Set(enginesOf(root[section]).keys());
    const chosen = root[DEFAULT_KEYS[section] ?? ''];
    if (typeof chosen === 'string') names.add(chosen);
    for (const name of names) if (!runs.includes(name)) named.push(`${section} ${name}`);
  }
  return named;
}

/** The parameters of the default engine of a section, else of its first engine. */
function defaultEngine(root: Readonly<Record<string, unknown>>, section: string): Record<string, unknown> | undefined {
  const engines = enginesOf(root[section]);
  const chosen = root[DEFAULT_KEYS[section] ?? ''];
  return (typeof chosen === 'string' ? engines.get(chosen) : undefined) ?? engines.values().next().value;
}

/**
 * The language the brain speaks, as the settings give it: the default TTS's `language` (pico2wave, googletts…),
 * else the default STT's (`fr-FR`); null when none says.
 */
export function settingsLanguage(root: Readonly<Record<string, unknown>>): string | null {
  for (const section of ['text_to_speech', 'speech_to_text']) {
    const language = defaultEngine(root, section)?.['language'];
    if (typeof language === 'string' && language !== '') return language;
  }
  return null;
}

/** espeak-ng's voice for a language tag: `fr-FR` → `fr-fr`, `en` → `en`. */
export function espeakVoiceOf(language: string): string {
  return language.replace(/_/g, '-').toLowerCase();
}
