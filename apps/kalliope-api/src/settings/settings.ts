import type { PlayerCommand } from '@parley/speech';
import type { RateLimitSettings } from '../http/rateLimits.js';

export interface RestApiSettings {
  readonly active: boolean;
  readonly port: number;
  readonly passwordProtected: boolean;
  readonly login: string;
  readonly password: string;
  /** `false` (no CORS headers), one origin, or a list of origins. */
  readonly allowedCorsOrigin: false | string | readonly string[];
}

export interface TtsSettings {
  /** espeak-ng's voice: the espeak entry's `voice`, else the brain's language (`fr-FR` → `fr-fr`), else en-us. */
  readonly voice: string;
  readonly speed: number;
  /** Render each text once into `cachePath` (Kalliope's `cache: True`). */
  readonly cache: boolean;
  readonly cachePath: string | null;
}

/** A Kalliope settings.yml, plus Parley's own optional `parley:` section. */
export interface KalliopeSettings {
  readonly file: string | null;
  readonly restApi: RestApiSettings;
  /** The v0.4 `default_synapse`: runs when no synapse matches (like `hooks.on_order_not_found`). */
  readonly defaultSynapse: string | null;
  /** Hook name → synapse names (a single name is read as a one-element list). */
  readonly hooks: Readonly<Record<string, readonly string[]>>;
  /** The variables of `var_files`, later files overriding earlier ones. */
  readonly variables: Readonly<Record<string, unknown>>;
  /** `options:` as written (`mute`, `deaf`, …). */
  readonly options: Readonly<Record<string, unknown>>;
  readonly tts: TtsSettings;
  /** The brain's language from its STT/TTS settings (`fr-FR`); null when they name none (English). */
  readonly language: string | null;
  /** STT, TTS, trigger and player engines the settings name that the server does not run (`text_to_speech pico2wave`). */
  readonly enginesNotRun: readonly string[];
  /** `parley.player`: the command that plays rendered speech; none by default on a server. */
  readonly player: PlayerCommand | null;
  /** `parley.script_neurons: true` enables the script and shell neurons. */
  readonly scriptNeurons: boolean;
  /**
   * `parley.unknown_neurons`: `refuse` (default, as Kalliope) stops the start naming every unknown neuron; `disable`
   * starts with the synapses that use one disabled, and logs them.
   */
  readonly unknownNeurons: 'refuse' | 'disable';
  /** `parley.neuron_plugins`: npm packages or local folders (relative to the kit root) that provide neurons. */
  readonly neuronPlugins: readonly string[];
  /** `parley.matching: best`: the opt-in ranked best-match mode instead of Kalliope's run-all. */
  readonly matchingMode: 'all' | 'best';
  /** `parley.mqtt_broker`: default broker URL for mqtt_publisher neurons without `broker_ip`. */
  readonly mqttBroker: string | null;
  /** `parley.rate_limit_per_minute` and `parley.failed_logins_per_minute` (0 turns a limit off). */
  readonly rateLimits: RateLimitSettings;
}

export const HOOK_NAMES = [
  'on_start',
  'on_waiting_for_trigger',
  'on_triggered',
  'on_start_listening',
  'on_stop_listening',
  'on_order_found',
  'on_order_not_found',
  'on_processed_synapses',
  'on_deaf',
  'on_undeaf',
  'on_mute',
  'on_unmute',
  'on_start_speaking',
  'on_stop_speaking',
  'on_stt_error',
] as const;

export const DEFAULT_SETTINGS: KalliopeSettings = {
  file: null,
  // Kalliope's own default is password_protected: True; the server generates credentials when none are set.
  restApi: { active: true, port: 5000, passwordProtected: true, login: '', password: '', allowedCorsOrigin: false },
  defaultSynapse: null,
  hooks: {},
  variables: {},
  options: {},
  tts: { voice: 'en-us', speed: 160, cache: true, cachePath: null },
  language: null,
  enginesNotRun: [],
  player: null,
  scriptNeurons: false,
  unknownNeurons: 'refuse',
  neuronPlugins: [],
  matchingMode: 'all',
  mqttBroker: null,
  rateLimits: { synapseStartsPerMinute: 600, failedLoginsPerMinute: 60 },
};
