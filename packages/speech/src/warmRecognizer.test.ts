import { afterEach, describe, expect, it } from 'vitest';
import { SpeechEngineError, UnreadableAudioError } from './errors.js';
import { EspeakSynthesizer } from './espeakSynthesizer.js';
import { PocketsphinxRecognizer } from './pocketsphinxRecognizer.js';

const orders = ['say hello', 'what time is it', 'close the window', 'turn on the light in the kitchen'];
const speaker = new EspeakSynthesizer();
const open: PocketsphinxRecognizer[] = [];

async function recognizer(phrases: readonly string[] = orders): Promise<PocketsphinxRecognizer> {
  const created = await PocketsphinxRecognizer.create({ phrases, languageModelFallback: false });
  open.push(created);
  return created;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((each) => each.close()));
});

describe('the warm pocketsphinx recogniser', () => {
  it('starts one decoder and feeds it every utterance', async () => {
    const stt = await recognizer();
    expect(stt.decoderPids).toEqual([]);
    for (const order of orders) expect((await stt.transcribe(await speaker.synthesize(order))).text).toBe(order);
    expect(stt.decoderStarts).toBe(1);
    expect(stt.decoderPids).toHaveLength(1);
  });

  it('serialises concurrent requests on the one decoder', async () => {
    const stt = await recognizer();
    const audio = await Promise.all(orders.map((order) => speaker.synthesize(order)));
    const transcripts = await Promise.all(audio.map((wav) => stt.transcribe(wav)));
    expect(transcripts.map((transcript) => transcript.text)).toEqual(orders);
    expect(stt.decoderStarts).toBe(1);
  });

  it('restarts a decoder that died', async () => {
    const stt = await recognizer();
    await stt.warmUp();
    const [pid] = stt.decoderPids;
    process.kill(pid ?? 0, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await stt.transcribe(await speaker.synthesize('say hello'))).text).toBe('say hello');
    expect(stt.decoderStarts).toBe(2);
    expect(stt.decoderPids).toHaveLength(1);
    expect(stt.decoderPids).not.toContain(pid);
  });

  it('gives a decoder of its own to each grammar', async () => {
    const first = await recognizer();
    const second = await recognizer(['open the garage door', 'close the window']);
    const wav = await speaker.synthesize('close the window');
    expect((await first.transcribe(wav)).text).toBe('close the window');
    expect((await second.transcribe(await speaker.synthesize('open the garage door'))).text).toBe('open the garage door');
    expect(first.decoderPids[0]).not.toBe(second.decoderPids[0]);
  });

  it('pronounces words the dictionary lacks the way espeak-ng does', async () => {
    const stt = await recognizer([...orders, 'ask kalliope for the news']);
    expect(stt.grammar.unpronounceable).toEqual([]);
    expect((await stt.transcribe(await speaker.synthesize('ask kalliope for the news'))).text).toBe('ask kalliope for the news');
  });

  it('answers bad audio with a clear error and keeps working', async () => {
    const stt = await recognizer();
    const truncated = (await speaker.synthesize('say hello')).subarray(0, 30);
    await expect(stt.transcribe(truncated)).rejects.toThrow(UnreadableAudioError);
    await expect(stt.transcribe(Buffer.alloc(0))).rejects.toThrow('The audio is empty');
    await expect(stt.transcribe(Buffer.from('definitely not audio'))).rejects.toThrow(SpeechEngineError);
    expect((await stt.transcribe(await speaker.synthesize('what time is it'))).text).toBe('what time is it');
  });

  it('leaves no process behind when closed', async () => {
    const stt = await PocketsphinxRecognizer.create({ phrases: ['say hello', 'search for {{ query }}'] });
    await stt.warmUp();
    const pids = stt.decoderPids;
    expect(pids).toHaveLength(2);
    expect(pids.every(isRunning)).toBe(true);
    await stt.close();
    expect(pids.some(isRunning)).toBe(false);
    await expect(stt.transcribe(await speaker.synthesize('say hello'))).rejects.toThrow('closed');
  });
});
