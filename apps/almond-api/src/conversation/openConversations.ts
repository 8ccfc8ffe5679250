// How many conversation WebSockets this instance holds now: the `almond_conversations_open` gauge of /metrics.
import type { WebSocket } from 'ws';

export function createOpenConversations() {
  let open = 0;
  return {
    /** Counts the socket until it closes. */
    track(socket: WebSocket): void {
      open += 1;
      socket.once('close', () => {
        open -= 1;
      });
    },
    count: (): number => open,
  };
}

export type OpenConversations = ReturnType<typeof createOpenConversations>;
