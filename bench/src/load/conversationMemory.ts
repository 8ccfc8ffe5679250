// Concurrent conversations held open on almond-api's WebSocket: the server's resident memory per conversation.
import { openConversation, type ConversationSocket } from '@parley/e2e';
import { rssMiB } from './processMemory.js';
import type { AlmondTarget } from './loadTargets.js';

export interface ConversationMemory {
  conversations: number;
  rssBeforeMiB: number;
  rssAfterMiB: number;
  kibPerConversation: number;
  openSeconds: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function conversationMemory(target: AlmondTarget, conversations: number): Promise<ConversationMemory> {
  await sleep(1000);
  const rssBeforeMiB = rssMiB(target.pid);
  const started = performance.now();
  const sockets: ConversationSocket[] = [];
  for (let opened = 0; opened < conversations; opened += 20) {
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(20, conversations - opened) }, () => openConversation(target.base, target.accessToken)))));
  }
  // Every conversation has had its welcome round (ends with askSpecial) before memory is read.
  while (sockets.some((socket) => !socket.received.some(({ message }) => message.type === 'askSpecial'))) await sleep(100);
  const openSeconds = (performance.now() - started) / 1000;
  await sleep(1000);
  const rssAfterMiB = rssMiB(target.pid);
  for (const socket of sockets) socket.close();
  return { conversations, rssBeforeMiB, rssAfterMiB, kibPerConversation: ((rssAfterMiB - rssBeforeMiB) * 1024) / conversations, openSeconds };
}
