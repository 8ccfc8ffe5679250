import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Brain } from '../brain/synapse.js';
import type { KalliopeSettings } from '../settings/settings.js';

/** Where Debian's pocketsphinx packages put their models (`pocketsphinx-en-us`: `en-us/`). */
const POCKETSPHINX_MODELS = '/usr/share/pocketsphinx/model';

/** Whether espeak-ng has a voice of that name; true when espeak-ng is missing (the audio route names the package). */
function espeakHasVoice(voice: string): boolean {
  try {
    const listing = execFileSync('espeak-ng', [`--voices=${voice.split('-')[0] ?? voice}`], { encoding: 'utf8', timeout: 5000 });
    const wanted = voice.toLowerCase();
    return listing
      .split('\n')
      .slice(1)
      .some((line) => line.split(/\s+/).some((token) => token.replace(/^\(/, '').toLowerCase() === wanted));
  } catch {
    return true;
  }
}

function isEnglish(language: string): boolean {
  return /^en([-_]|$)/i.test(language);
}

/**
 * What the settings ask that the server cannot do, one line each, logged at start and reload: engines it does not
 * run (one line naming them all), and a brain language without an espeak-ng voice or a pocketsphinx model.
 */
export function settingsWarnings(settings: KalliopeSettings, hasVoice: (voice: string) => boolean = espeakHasVoice): string[] {
  const warnings: string[] = [];
  if (settings.enginesNotRun.length > 0) {
    warnings.push(
      `the settings name engines kalliope-api does not run: ${settings.enginesNotRun.join(', ')}; it listens with ` +
        'pocketsphinx (POST /synapses/start/audio), speaks with espeak-ng, has no trigger (orders come through the REST API) ' +
        'and plays audio only through parley.player',
    );
  }
  const language = settings.language;
  if (language !== null && !isEnglish(language)) {
    if (!hasVoice(settings.tts.voice)) {
      warnings.push(`espeak-ng has no voice "${settings.tts.voice}" for the brain's language ${language}: answers are not spoken (set text_to_speech espeak voice)`);
    }
    const model = language.replace(/_/g, '-').toLowerCase();
    if (!existsSync(`${POCKETSPHINX_MODELS}/${model}`)) {
      warnings.push(
        `no pocketsphinx model for the brain's language ${language} (${POCKETSPHINX_MODELS}/${model}): audio orders are ` +
          'recognised with the US English model; send text orders (POST /synapses/start/order) instead',
      );
    }
  }
  return warnings;
}

/** Brain constructs Kalliope 0.7 no longer runs, one line each: the pre-0.4 neurotransmitter `links:`. */
export function brainWarnings(brain: Brain): string[] {
  return brain.synapses.flatMap((synapse) =>
    synapse.neurons
      .filter((neuron) => neuron.name === 'neurotransmitter' && neuron.parameters?.['links'] !== undefined)
      .map((neuron) => {
        const place = `${synapse.file ?? brain.file}${neuron.line === undefined ? '' : `:${String(neuron.line)}`}`;
        return `${place}: synapse "${synapse.name}": the neurotransmitter's "links" (a legacy form) is not run: write from_answer_link: [{synapse, answers}]`;
      }),
  );
}
