import { parseOrderSignal } from '@parley/nlu';
import type { SpeechToText, Transcript } from '@parley/speech';
import { describe, expect, it } from 'vitest';
import type { Brain, Synapse } from '../brain/synapse.js';
import { DEFAULT_SETTINGS } from '../settings/settings.js';
import { RunningBrain } from './runningBrain.js';
import { SpeechService } from './speechService.js';

function brainOf(...orders: string[]): Brain {
  const synapses: Synapse[] = orders.map((order) => ({
    name: order,
    signals: [{ name: 'order', parameters: order }],
    neurons: [],
    orders: [parseOrderSignal(order)],
    enabled: true,
  }));
  return { file: 'brain.yml', synapses, correctionFiles: {}, templateFiles: {} };
}

/** A recogniser that answers with its first phrase once `finish` is called, and records being closed. */
class FakeRecognizer implements SpeechToText {
  closed = false;
  private pending: (() => void)[] = [];
  constructor(readonly phrases: readonly string[]) {}
  async transcribe(): Promise<Transcript> {
    if (this.closed) throw new Error('closed');
    await new Promise<void>((resolve) => this.pending.push(resolve));
    return { text: this.phrases[0] ?? '', source: 'grammar' };
  }
  finish(): void {
    for (const resolve of this.pending.splice(0)) resolve();
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

function service(brain: RunningBrain) {
  const created: FakeRecognizer[] = [];
  const speech = new SpeechService(
    {
      createRecognizer: (phrases) => {
        const recognizer = new FakeRecognizer(phrases);
        created.push(recognizer);
        return Promise.resolve(recognizer);
      },
      synthesizer: { synthesize: () => Promise.resolve(Buffer.alloc(0)) },
    },
    brain,
  );
  return { speech, created };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SpeechService: one warm recogniser per brain', () => {
  it('reuses the recogniser while the brain is unchanged', async () => {
    const brain = new RunningBrain(brainOf('say hello'), DEFAULT_SETTINGS);
    const { speech, created } = service(brain);
    const first = speech.transcribe(Buffer.alloc(2));
    const second = speech.transcribe(Buffer.alloc(2));
    await tick();
    created[0]?.finish();
    expect((await first).text).toBe('say hello');
    expect((await second).text).toBe('say hello');
    expect(created).toHaveLength(1);
  });

  it('replaces it when the brain changes, closing the old one once its running transcription is done', async () => {
    const brain = new RunningBrain(brainOf('say hello'), DEFAULT_SETTINGS);
    const { speech, created } = service(brain);
    const running = speech.transcribe(Buffer.alloc(2));
    await tick();
    brain.replace(brainOf('open the door'), DEFAULT_SETTINGS);
    const next = speech.transcribe(Buffer.alloc(2));
    await tick();
    expect(created.map((recognizer) => recognizer.phrases)).toEqual([['say hello'], ['open the door']]);
    expect(created[0]?.closed).toBe(false);
    created[0]?.finish();
    expect((await running).text).toBe('say hello');
    expect(created[0]?.closed).toBe(true);
    created[1]?.finish();
    expect((await next).text).toBe('open the door');
    await speech.close();
    expect(created[1]?.closed).toBe(true);
  });
});
