// Voice queries recognised by pocketsphinx with a grammar of the agent's sentences, using the api.ai sample audio:
// the official SDK's voiceRequest (WAV) and JAVA's multipart with headerless PCM.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceAgentContent } from '../agent/replaceAgentContent.js';
import { sdkClient, send } from '../testing/sdkClient.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';
import { pocketsphinxSpeech } from './pocketsphinxSpeech.js';

const audio = (name: string): Buffer => readFileSync(new URL(`../../../../../shared/data/apiai-sample-audio/${name}`, import.meta.url));

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await startTestApp({ speech: pocketsphinxSpeech() });
  await replaceAgentContent(t.services, t.agentId, {
    entities: [],
    intents: [
      { name: 'How are you', templates: ['how are you', 'how are you doing'], responses: [{ action: 'smalltalk.greetings', speech: 'Fine, thanks!' }] },
      { name: 'What is your name', templates: ['what is your name', 'who are you'], responses: [{ action: 'smalltalk.name', speech: 'I am Parley.' }] },
      { name: 'Weather', templates: ['what is the weather like', 'will it rain tomorrow'], responses: [{ action: 'weather' }] },
      { name: 'Fallback', fallbackIntent: true, responses: [{ action: 'input.unknown', speech: 'Sorry?' }] },
    ],
  });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  port = address.port;
});
afterAll(async () => t.close());

interface VoiceAnswer {
  result: { resolvedQuery: string; action: string; metadata: { intentName?: string } };
  status: { code: number };
}

describe('voice queries', () => {
  it('recognises a WAV sent with the official SDK voiceRequest', async () => {
    const client = sdkClient(t.clientToken, port);
    const body = (await send(client.voiceRequest({ sessionId: 'voice-sdk' }), audio('how_are_you.wav'))) as VoiceAnswer;
    expect(body.result).toMatchObject({ resolvedQuery: 'how are you', action: 'smalltalk.greetings', metadata: { intentName: 'How are you' } });
  });

  it('recognises headerless 16 kHz PCM sent as JAVA does (audio/x-raw, filename voice.wav)', async () => {
    const boundary = `SwA${Date.now()}SwA`;
    const payload = Buffer.concat([
      Buffer.from(
        [`--${boundary}`, 'Content-Disposition: form-data; name="request"', 'Content-Type: application/json', '', JSON.stringify({ lang: 'en', sessionId: 'voice-java' }), `--${boundary}`, 'Content-Disposition: form-data; name="voiceData"; filename="voice.wav"', 'Content-Type: audio/x-raw', '', ''].join('\r\n'),
      ),
      audio('what_is_your_name.pcm16le-16k.raw'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/query?v=20150910&sessionId=voice-java',
      headers: { ...t.clientHeaders, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<VoiceAnswer>().result).toMatchObject({ resolvedQuery: 'what is your name', action: 'smalltalk.name' });
  });

  it('answers speech outside the agent sentences with the fallback intent', async () => {
    const client = sdkClient(t.clientToken, port);
    const body = (await send(client.voiceRequest({ sessionId: 'voice-other' }), audio('debug0.wav'))) as VoiceAnswer;
    expect(body.result).toMatchObject({ resolvedQuery: '', action: 'input.unknown' });
  });
});
