// Test support: a `ws` client of /me/api/conversation that collects messages and reads them round by round. Every
// message received is checked against its @parley/protocol-types schema (the socket sends what the app built, with
// no serialiser in between): reading the next message, or closing, fails once one did not match.
import { AlmondMessage } from '@parley/protocol-types';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import WebSocket from 'ws';

export interface ConversationClient {
  socket: WebSocket;
  /** The messages up to and including the next askSpecial. */
  round(timeoutMs?: number): Promise<Array<Record<string, unknown>>>;
  /** The next message of any type. */
  next(timeoutMs?: number): Promise<Record<string, unknown>>;
  send(message: unknown): void;
  close(): Promise<void>;
}

const validators = new Map<TSchema, ReturnType<typeof Compile>>();
const validator = (schema: TSchema) => validators.get(schema) ?? validators.set(schema, Compile(schema)).get(schema)!;

/** `schema`: what the socket sends (the conversation's AlmondMessage, the results socket's AlmondResultsMessage). */
export function openConversation(url: string, headers: Record<string, string> = {}, schema: TSchema = AlmondMessage): Promise<ConversationClient> {
  const socket = new WebSocket(url, { headers });
  const buffered: Array<Record<string, unknown>> = [];
  const waiters: Array<() => void> = [];
  const refused: string[] = [];
  const check = validator(schema);
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString('utf8')) as Record<string, unknown>;
    if (!check.Check(message)) {
      const problems = [...check.Errors(message)].slice(0, 3).map((error) => `${error.instancePath || '/'} ${error.message}`);
      refused.push(`${JSON.stringify(message)}: ${problems.join('; ')}`);
    }
    buffered.push(message);
    for (const wake of waiters.splice(0)) wake();
  });
  const failIfRefused = () => {
    if (refused.length > 0) throw new Error(`the server sent messages their schema refuses: ${refused.join(' | ')}`);
  };

  async function next(timeoutMs = 10_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    failIfRefused();
    while (buffered.length === 0) {
      if (Date.now() > deadline) throw new Error('no message from the conversation');
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    failIfRefused();
    return buffered.shift() as Record<string, unknown>;
  }

  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once('open', () =>
      resolve({
        socket,
        next,
        async round(timeoutMs) {
          const messages: Array<Record<string, unknown>> = [];
          for (;;) {
            const message = await next(timeoutMs);
            messages.push(message);
            if (message.type === 'askSpecial') return messages;
          }
        },
        send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
        close: async () => {
          await new Promise<void>((done) => {
            if (socket.readyState === WebSocket.CLOSED) done();
            else {
              socket.once('close', () => done());
              socket.close();
            }
          });
          failIfRefused();
        },
      }),
    );
  });
}
