import type { Database } from '@parley/storage';
import type { FastifyInstance } from 'fastify';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { kitPathsOf } from '../brain/kitPaths.js';
import { loadBrain } from '../brain/loadBrain.js';
import { loadSettings } from '../settings/loadSettings.js';
import { KalliopeStore } from '../db/kalliopeStore.js';
import type { KalliopeSchema } from '../db/schema.js';
import { openTestDatabase, postJson, RecordingSynthesizer } from '../testing/kalliopeTestApp.js';

// Kits written for these tests in the layout of Kalliope's official starter kits (./kits: brain.yml including
// brains/*.yml, file templates in templates/, settings.yml with cloud engines), each loaded unmodified from its own
// root as `KALLIOPE_HOME=<kit>` does, and asked every order of its brain. Order parameters come out lower-cased, as
// in Kalliope (docs/protocols/kalliope.md §3).

type Run = {
  matched_synapses: { synapse_name: string; neuron_module_list: { neuron_name: string; generated_message: string | null }[] }[];
  status: string | null;
};

/**
 * An order of the brain (as written), what is said for it, and the messages of the answer in order (the answer to a
 * question also lists the asking synapse's neurons, as Kalliope's response does).
 */
interface Exchange {
  readonly order: string;
  readonly said: string;
  readonly messages: readonly string[];
  readonly status?: string;
}

interface Kit {
  readonly app: FastifyInstance;
  readonly tts: RecordingSynthesizer;
  readonly orders: readonly string[];
  readonly killSwitches: () => number;
}

// Thursday 5 March 2026, 09:15 local time.
const CLOCK = () => new Date(2026, 2, 5, 9, 15);

let database: Database<KalliopeSchema>;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
});
afterAll(async () => {
  await database.close();
  await drop();
});

async function startKit(name: string): Promise<Kit> {
  const root = fileURLToPath(new URL(`./kits/${name}`, import.meta.url));
  // A system folder that does not exist: every file must come from the kit root.
  const kit = kitPathsOf(root, join(root, 'no-system-folder'));
  const brain = loadBrain(join(root, 'brain.yml'), kit);
  const settings = loadSettings(join(root, 'settings.yml'), kit);
  const tts = new RecordingSynthesizer();
  let killSwitches = 0;
  const app = await buildApp({
    brain,
    settings,
    kit,
    store: new KalliopeStore(database),
    speech: { createRecognizer: () => Promise.reject(new Error('no recogniser in this test')), synthesizer: tts },
    clock: CLOCK,
    random: () => 0,
    onKillSwitch: () => void (killSwitches += 1),
  });
  const orders = brain.synapses.flatMap((synapse) => synapse.orders.map((order) => order.text));
  return { app, tts, orders, killSwitches: () => killSwitches };
}

async function ask(kit: Kit, said: string, headers: Record<string, string> = {}): Promise<Run> {
  const response = await postJson(kit.app, '/synapses/start/order', { order: said }, headers);
  expect(response.statusCode, said).toBe(201);
  return response.json<Run>();
}

const messagesOf = (run: Run): string[] =>
  run.matched_synapses.flatMap((synapse) => synapse.neuron_module_list.flatMap((neuron) => (neuron.generated_message === null ? [] : [neuron.generated_message])));

async function checkEveryOrder(kit: Kit, exchanges: readonly Exchange[], headers: Record<string, string> = {}): Promise<void> {
  expect([...new Set(exchanges.map((exchange) => exchange.order))].sort()).toEqual([...kit.orders].sort());
  for (const exchange of exchanges) {
    const run = await ask(kit, exchange.said, headers);
    expect(messagesOf(run), exchange.said).toEqual(exchange.messages);
    expect(run.status, exchange.said).toBe(exchange.status ?? 'complete');
  }
}

describe('an English starter kit', () => {
  let kit: Kit;
  const auth = { authorization: `Basic ${Buffer.from('admin:secret').toString('base64')}` };
  beforeAll(async () => {
    kit = await startKit('starter-en');
  });
  afterAll(async () => kit.app.close());

  it('loads from its root (includes, file templates) and runs its on_start hook', () => {
    expect(kit.orders).toHaveLength(14);
    expect(kit.tts.spoken).toContain('Hello, I am ready');
  });

  it('keeps its REST API password', async () => {
    expect((await postJson(kit.app, '/synapses/start/order', { order: 'Hello' })).statusCode).toBe(401);
  });

  it('answers every order of its brain', async () => {
    await checkEveryOrder(
      kit,
      [
        { order: 'Hello', said: 'Hello', messages: ['Hello sir'] },
        { order: 'thank you', said: 'thank you', messages: ['You are welcome'] },
        { order: 'thanks', said: 'thanks', messages: ['You are welcome'] },
        { order: 'say hello to {{ friend_name }}', said: 'say hello to Bob', messages: ['Hello sir', 'Hello bob, nice to meet you'] },
        {
          order: 'what can you do',
          said: 'what can you do',
          messages: ['I can tell the time, tell the date, ask a question, remember a colour and be quiet. That makes 5 things.'],
        },
        { order: 'what time is it', said: 'what time is it', messages: ['It is 9 and a quarter'] },
        { order: 'what day is it', said: 'what day is it', messages: ['Today is 5/3/2026'] },
        { order: 'ask me a question', said: 'ask me a question', messages: ['Do you like french fries?'], status: 'waiting_for_answer' },
        { order: 'ask me a question', said: 'I love that', messages: ['Do you like french fries?', 'Me too, they are the best'] },
        { order: 'ask me a question', said: 'ask me a question', messages: ['Do you like french fries?'], status: 'waiting_for_answer' },
        { order: 'ask me a question', said: 'maybe tomorrow', messages: ['Do you like french fries?', 'I have not understood your answer'] },
        { order: 'tell me something nice', said: 'tell me something nice', messages: ['Me too, they are the best'] },
        { order: 'what is my favourite colour', said: 'what is my favourite colour', messages: ['You never told me your favourite colour'] },
        {
          order: 'remember that my favourite colour is {{ colour }}',
          said: 'remember that my favourite colour is Blue',
          messages: ['I will remember blue'],
        },
        { order: 'what is my favourite colour', said: 'what is my favourite colour', messages: ['Your favourite colour is blue'] },
        { order: 'be quiet', said: 'be quiet', messages: ['I will be quiet'] },
        { order: 'you can talk', said: 'you can talk', messages: ['I can talk again'] },
        { order: 'goodbye', said: 'goodbye', messages: ['Good bye'] },
      ],
      auth,
    );
    await new Promise((resolve) => setImmediate(resolve)); // the kill switch acts once the answer is sent
    expect(kit.killSwitches()).toBe(1);
  });

  it('answers an unknown order with its order-not-found-synapse', async () => {
    const run = await ask(kit, 'open the pod bay doors', auth);
    expect(run.matched_synapses.map((synapse) => synapse.synapse_name)).toEqual(['order-not-found-synapse']);
    expect(messagesOf(run)).toEqual(["I haven't understood"]);
  });
});

describe('a French starter kit', () => {
  let kit: Kit;
  beforeAll(async () => {
    kit = await startKit('starter-fr');
  });
  afterAll(async () => kit.app.close());

  it('answers every French order of its brain', async () => {
    await checkEveryOrder(kit, [
      { order: 'Bonjour', said: 'Bonjour', messages: ['Bonjour monsieur'] },
      { order: 'dis bonjour à {{ prenom }}', said: 'dis bonjour à Amélie', messages: ['Bonjour monsieur', 'Bonjour amélie, enchantée'] },
      { order: 'comment ça va', said: 'comment ça va', messages: ['TRÈS BIEN, merci !'] },
      { order: 'quelle heure est-il', said: 'quelle heure est-il', messages: ['Il est 9 heures 15'] },
      { order: 'quel jour sommes-nous', said: 'quel jour sommes-nous', messages: ['Nous sommes jeudi 5 mars 2026'] },
      { order: 'pose-moi une question', said: 'pose-moi une question', messages: ['Aimez-vous les frites ?'], status: 'waiting_for_answer' },
      { order: 'pose-moi une question', said: "j'adore ça", messages: ['Aimez-vous les frites ?', "Moi aussi, c'est délicieux"] },
      { order: 'pose-moi une question', said: 'pose-moi une question', messages: ['Aimez-vous les frites ?'], status: 'waiting_for_answer' },
      { order: 'pose-moi une question', said: 'non', messages: ['Aimez-vous les frites ?', 'Tant pis, il en restera plus pour moi'] },
      { order: 'au revoir', said: 'au revoir', messages: ['Au revoir'] },
    ]);
    await new Promise((resolve) => setImmediate(resolve)); // the kill switch acts once the answer is sent
    expect(kit.killSwitches()).toBe(1);
  });

  it('speaks French and answers an unknown order in French', async () => {
    const run = await ask(kit, 'ouvre la porte du garage');
    expect(messagesOf(run)).toEqual(["Je n'ai pas compris"]);
    expect(kit.tts.spoken).toContain("Je n'ai pas compris");
  });
});
