// A client of almond-api's conversation WebSocket that records every message with the time it arrived; a message
// that does not match the protocol's AlmondMessage schema fails the test (responseContract.ts).
import { AlmondMessage } from '@parley/protocol-types';
import WebSocket from 'ws';
import { checkMessage } from './responseContract.js';

export interface ReceivedMessage {
  at: number;
  message: Record<string, unknown>;
}

export interface ConversationSocket {
  received: ReceivedMessage[];
  /** The notification texts received so far ("Notification from …"), with their arrival times. */
  notifications(): ReceivedMessage[];
  /** Sends one text frame as is. */
  send(frame: string): void;
  /** True while the socket is open. */
  isOpen(): boolean;
  close(): void;
}

export function openConversation(base: string, accessToken: string): Promise<ConversationSocket> {
  const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/me/api/conversation`, { headers: { authorization: `Bearer ${accessToken}` } });
  const received: ReceivedMessage[] = [];
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString('utf8')) as Record<string, unknown>;
    received.push({ at: Date.now(), message });
    checkMessage(AlmondMessage, message);
  });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once('open', () =>
      resolve({
        received,
        notifications: () => received.filter(({ message }) => message.type === 'text' && String(message.text).startsWith('Notification from')),
        send: (frame) => socket.send(frame),
        isOpen: () => socket.readyState === WebSocket.OPEN,
        close: () => socket.close(),
      }),
    );
  });
}
