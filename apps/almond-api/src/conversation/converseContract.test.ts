// POST /me/api/converse is serialised through the AlmondConverseResponse schema (fast-json-stringify drops what a
// schema does not list); the conversation socket sends the same rounds as JSON.stringify made them. The same inputs
// played on both must give the same messages: nothing the app built is lost to the schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConversation, type ConversationClient } from '../testing/conversationClient.js';
import { NOTES_KIND, notesPlugin } from '../testing/notesPlugin.js';
import { grantTokens } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let test: TestApp;
let socketUrl: string;

beforeAll(async () => {
  test = await startTestApp({ plugins: [notesPlugin()] });
  await test.app.listen({ port: 0, host: '127.0.0.1' });
  const address = test.app.server.address();
  socketUrl = `ws://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/me/api/conversation?hide_welcome=1`;
});
afterAll(async () => test.close());

type Input = Record<string, unknown>;

/** Plays `inputs` on a socket and through /converse for one user; returns both sides, round by round. */
async function playBoth(username: string, inputs: readonly Input[], setUp: (auth: Record<string, string>) => Promise<void> = async () => {}) {
  const token = (await grantTokens(test.app, test.services, username, 'user-read user-exec-command')).accessToken;
  const auth = { authorization: `Bearer ${token}` };
  await setUp(auth);
  const socket: ConversationClient = await openConversation(socketUrl, auth);
  await socket.round();
  const overSocket: unknown[] = [];
  const overHttp: unknown[] = [];
  let conversationId: string | undefined;
  for (const command of inputs) {
    socket.send(command);
    const round = await socket.round();
    const last = round[round.length - 1];
    overSocket.push({ messages: round.slice(0, -1), askSpecial: last?.ask });
    const answer = await test.app.inject({ method: 'POST', url: '/me/api/converse', headers: auth, payload: { command, ...(conversationId === undefined ? {} : { conversationId }) } });
    expect(answer.statusCode, JSON.stringify(command)).toBe(200);
    const body = answer.json<{ messages: unknown[]; askSpecial: unknown; conversationId: string }>();
    conversationId = body.conversationId;
    overHttp.push({ messages: body.messages, askSpecial: body.askSpecial });
  }
  await socket.close();
  return { overSocket, overHttp };
}

const typesOf = (rounds: unknown[]) => [...new Set((rounds as Array<{ messages: Array<{ type: string }> }>).flatMap((round) => round.messages.map((message) => message.type)))];

describe('/converse answers through the schema keep every field of the round', () => {
  it('help, a link to set a device up, buttons and plain text', async () => {
    const { overSocket, overHttp } = await playBoth('contract-a', [
      { type: 'command', text: 'help' },
      { type: 'command', text: 'write a note' },
      { type: 'parsed', json: { code: ['bookkeeping', 'special', 'special:nevermind'], entities: {} } },
      { type: 'command', text: 'florp the wibble' },
    ]);
    expect(typesOf(overSocket)).toEqual(expect.arrayContaining(['button', 'link', 'text']));
    expect(overHttp).toEqual(overSocket);
  });

  it('a choice of devices, a slot, a confirmation and results of a tt program', async () => {
    const { overSocket, overHttp } = await playBoth(
      'contract-b',
      [
        { type: 'command', text: 'write a note' },
        { type: 'parsed', json: { code: ['bookkeeping', 'choice', '0'], entities: {} } },
        { type: 'command', text: 'buy milk' },
        { type: 'command', text: 'yes' },
        { type: 'tt', code: 'now => @org.thingpedia.builtin.test(id="org.thingpedia.builtin.test").dup_data(data_in="ab") => notify;' },
      ],
      async (auth) => {
        for (const title of ['home', 'work']) {
          await test.app.inject({ method: 'POST', url: '/me/api/devices/create', headers: auth, payload: { kind: NOTES_KIND, title } });
        }
      },
    );
    expect(typesOf(overSocket)).toEqual(expect.arrayContaining(['choice', 'text']));
    expect(overHttp).toEqual(overSocket);
  });
});
