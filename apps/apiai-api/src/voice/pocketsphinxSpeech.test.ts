// The warm decoders behind voice queries: one per grammar, shared by agents with the same phrases, the least
// recently used closed beyond the limit, all closed with the app. Counts this process's pocketsphinx children.
import { readdirSync, readFileSync } from 'node:fs';
import { EspeakSynthesizer, runEngine, ENGINES } from '@parley/speech';
import { describe, expect, it } from 'vitest';
import { parseIntent } from '@parley/apiai-agent/model';
import { pocketsphinxSpeech } from './pocketsphinxSpeech.js';

function decoderProcesses(): number {
  let count = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (stat.includes('(pocketsphinx_ba') && Number(fields[1]) === process.pid) count++;
    } catch {
      // the process ended while we looked
    }
  }
  return count;
}

async function pcmOf(text: string): Promise<Buffer> {
  const wav = await new EspeakSynthesizer().synthesize(text);
  const { stdout } = await runEngine(ENGINES.ffmpeg, ['-loglevel', 'error', '-i', 'pipe:0', '-ar', '16000', '-ac', '1', '-f', 's16le', 'pipe:1'], { input: wav });
  return stdout;
}

const agent = (...templates: string[]) => ({ intents: [parseIntent({ name: 'only', templates })], entities: [] });

describe('pocketsphinxSpeech', () => {
  it('keeps one warm decoder per grammar, shared by agents with the same phrases, within the limit', async () => {
    const speech = pocketsphinxSpeech({ warmGrammars: 1 });
    const before = decoderProcesses();
    const hello = await pcmOf('say hello');
    expect(await speech.recognize(hello, agent('say hello', 'what time is it'))).toBe('say hello');
    expect(await speech.recognize(await pcmOf('what time is it'), agent('say hello', 'what time is it'))).toBe('what time is it');
    expect(decoderProcesses() - before).toBe(1);
    expect(await speech.recognize(await pcmOf('close the window'), agent('close the window', 'open the door'))).toBe('close the window');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(decoderProcesses() - before).toBe(1);
    await speech.close?.();
    expect(decoderProcesses() - before).toBe(0);
  });
});
