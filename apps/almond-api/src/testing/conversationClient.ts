// Test support: a `ws` client of /me/api/conversation that collects messages and reads them round by round.
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

export function openConversation(url: string, headers: Record<string, string> = {}): Promise<ConversationClient> {
  const socket = new WebSocket(url, { headers });
  const buffered: Array<Record<string, unknown>> = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data: Buffer) => {
    buffered.push(JSON.parse(data.toString('utf8')) as Record<string, unknown>);
    for (const wake of waiters.splice(0)) wake();
  });

  async function next(timeoutMs = 10_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    while (buffered.length === 0) {
      if (Date.now() > deadline) throw new Error('no message from the conversation');
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
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
        close: () =>
          new Promise<void>((done) => {
            if (socket.readyState === WebSocket.CLOSED) done();
            else {
              socket.once('close', () => done());
              socket.close();
            }
          }),
      }),
    );
  });
}
