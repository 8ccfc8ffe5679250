import { dirname, resolve } from 'node:path';
import { ConfigError } from '../brain/configError.js';
import { findKitFile, kitPathsOf, kitPlacesOf, type KitPaths } from '../brain/kitPaths.js';
import { readYamlFile } from '../brain/readYaml.js';
import { isRecord } from '../brain/parseSynapse.js';
import type { Brain } from '../brain/synapse.js';
import { enginesNotRun, espeakVoiceOf, settingsLanguage } from './speechEngines.js';
import { readBoolean, readNumber, readString, readStringList } from './readSettingsValues.js';
import { DEFAULT_SETTINGS, HOOK_NAMES, type KalliopeSettings, type RestApiSettings, type TtsSettings } from './settings.js';

function section(root: Record<string, unknown>, key: string, file: string): Record<string, unknown> {
  const value = root[key];
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw new ConfigError(file, `"${key}" must be a mapping`);
  return value;
}

function readRestApi(raw: Record<string, unknown>, file: string): RestApiSettings {
  const fallback = DEFAULT_SETTINGS.restApi;
  const cors = raw['allowed_cors_origin'];
  const passwordProtected = readBoolean(raw['password_protected'], file, 'rest_api.password_protected', fallback.passwordProtected);
  const settings: RestApiSettings = {
    active: readBoolean(raw['active'], file, 'rest_api.active', fallback.active),
    port: readNumber(raw['port'], file, 'rest_api.port', fallback.port),
    passwordProtected,
    login: readString(raw['login'], file, 'rest_api.login', ''),
    password: readString(raw['password'], file, 'rest_api.password', ''),
    allowedCorsOrigin:
      cors === undefined || cors === null || cors === false || (typeof cors === 'string' && /^false$/i.test(cors))
        ? false
        : readStringList(cors, file, 'rest_api.allowed_cors_origin'),
  };
  return settings;
}

function readHooks(raw: Record<string, unknown>, file: string): Record<string, string[]> {
  const hooks: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (!(HOOK_NAMES as readonly string[]).includes(name)) {
      throw new ConfigError(file, `unknown hook "${name}" (known hooks: ${HOOK_NAMES.join(', ')})`);
    }
    hooks[name] = readStringList(value, file, `hooks.${name}`);
  }
  return hooks;
}

function readTts(root: Record<string, unknown>, file: string, language: string | null): TtsSettings {
  const engines = Array.isArray(root['text_to_speech']) ? (root['text_to_speech'] as unknown[]) : [];
  const espeak = engines
    .filter(isRecord)
    .map((entry) => entry['espeak'] ?? entry['espeak-ng'])
    .find(isRecord);
  const fallback = DEFAULT_SETTINGS.tts;
  return {
    voice: readString(
      espeak?.['voice'] ?? espeak?.['language'],
      file,
      'espeak.voice',
      language === null ? fallback.voice : espeakVoiceOf(language),
    ),
    speed: readNumber(espeak?.['speed'], file, 'espeak.speed', fallback.speed),
    cache: readBoolean(espeak?.['cache'], file, 'espeak.cache', fallback.cache),
    cachePath: root['cache_path'] === undefined ? null : readString(root['cache_path'], file, 'cache_path', ''),
  };
}

function readVariables(root: Record<string, unknown>, file: string, kit: KitPaths): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const path of readStringList(root['var_files'], file, 'var_files')) {
    const varFile = findKitFile(path, kit);
    if (varFile === undefined) throw new ConfigError(file, `cannot find the var_files entry "${path}" (neither ${kitPlacesOf(path, kit)} exists)`);
    const values = readYamlFile(varFile);
    if (!isRecord(values)) throw new ConfigError(varFile, 'a var file must be a mapping of variables');
    Object.assign(variables, values);
  }
  return variables;
}

/**
 * Loads a Kalliope settings.yml (docs/protocols/kalliope.md §5.1, docs/settings/settings.md) and Parley's `parley:`
 * section; `var_files` are looked up in the kit (kitPaths.ts), by default the settings file's folder.
 */
export function loadSettings(file: string, kit: KitPaths = kitPathsOf(dirname(resolve(file)))): KalliopeSettings {
  const path = resolve(file);
  const root = readYamlFile(path) ?? {};
  if (!isRecord(root)) throw new ConfigError(path, 'settings must be a YAML mapping');
  const parley = section(root, 'parley', path);
  const player = parley['player'];
  const playerArgs = player === undefined || player === null ? [] : readStringList(player, path, 'parley.player');
  const [playerCommand, ...args] = playerArgs;
  const matching = readString(parley['matching'], path, 'parley.matching', 'all');
  if (matching !== 'all' && matching !== 'best') throw new ConfigError(path, '"parley.matching" must be all or best');
  const unknownNeurons = readString(parley['unknown_neurons'], path, 'parley.unknown_neurons', 'refuse');
  if (unknownNeurons !== 'refuse' && unknownNeurons !== 'disable') throw new ConfigError(path, '"parley.unknown_neurons" must be refuse or disable');
  const defaultSynapse = root['default_synapse'];
  const language = settingsLanguage(root);
  return {
    file: path,
    restApi: readRestApi(section(root, 'rest_api', path), path),
    defaultSynapse: defaultSynapse === undefined || defaultSynapse === null ? null : readString(defaultSynapse, path, 'default_synapse', ''),
    hooks: readHooks(section(root, 'hooks', path), path),
    variables: readVariables(root, path, kit),
    options: section(root, 'options', path),
    tts: readTts(root, path, language),
    language,
    enginesNotRun: enginesNotRun(root),
    player: playerCommand === undefined ? null : { command: playerCommand, args },
    scriptNeurons: readBoolean(parley['script_neurons'], path, 'parley.script_neurons', false),
    unknownNeurons,
    neuronPlugins: readStringList(parley['neuron_plugins'], path, 'parley.neuron_plugins'),
    matchingMode: matching,
    rateLimits: {
      synapseStartsPerMinute: readNumber(
        parley['rate_limit_per_minute'],
        path,
        'parley.rate_limit_per_minute',
        DEFAULT_SETTINGS.rateLimits.synapseStartsPerMinute,
      ),
      failedLoginsPerMinute: readNumber(
        parley['failed_logins_per_minute'],
        path,
        'parley.failed_logins_per_minute',
        DEFAULT_SETTINGS.rateLimits.failedLoginsPerMinute,
      ),
    },
    mqttBroker: parley['mqtt_broker'] === undefined ? null : readString(parley['mqtt_broker'], path, 'parley.mqtt_broker', ''),
  };
}

/**
 * Every synapse named by `default_synapse` or a hook must exist in the brain (Kalliope: SynapseNameNotFound), a
 * password-protected API needs its credentials (the server's start-up fills in generated ones), and `rest_api.active`
 * must not be False: the REST API is all this server is, so it refuses to start rather than serve it anyway.
 */
export function checkSettingsAgainstBrain(settings: KalliopeSettings, brain: Brain): void {
  const names = new Set(brain.synapses.map((synapse) => synapse.name));
  const file = settings.file ?? 'settings';
  const { active, passwordProtected, login, password } = settings.restApi;
  if (!active) {
    throw new ConfigError(
      file,
      '"rest_api.active" is False, but kalliope-api is Kalliope\'s REST API and nothing else (no microphone, no trigger): ' +
        'there would be nothing to serve. Set it to True (or remove it) to run this brain here',
    );
  }
  if (passwordProtected && (login === '' || password === '')) {
    throw new ConfigError(file, '"rest_api.password_protected" needs a "login" and a "password"');
  }
  if (settings.defaultSynapse !== null && !names.has(settings.defaultSynapse)) {
    throw new ConfigError(file, `"default_synapse" names a synapse that is not in the brain: "${settings.defaultSynapse}"`);
  }
  for (const [hook, synapses] of Object.entries(settings.hooks)) {
    const missing = synapses.find((name) => !names.has(name));
    if (missing !== undefined) {
      throw new ConfigError(file, `hook "${hook}" names a synapse that is not in the brain: "${missing}"`);
    }
  }
}
