import { createScratchDatabase, openDb, type Database } from '@parley/storage';
import type { SpeechToText, TextToSpeech } from '@parley/speech';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, type AppDeps } from '../app.js';
import { loadBrain } from '../brain/loadBrain.js';
import type { SpeechEngines } from '../runtime/speechService.js';
import { loadSettings } from '../settings/loadSettings.js';
import { DEFAULT_SETTINGS, type KalliopeSettings } from '../settings/settings.js';
import { KalliopeStore } from '../db/kalliopeStore.js';
import { schema, type KalliopeSchema } from '../db/schema.js';

/** A TTS that records what it was asked to say. */
export class RecordingSynthesizer implements TextToSpeech {
  readonly spoken: string[] = [];
  synthesize(text: string): Promise<Buffer> {
    this.spoken.push(text);
    return Promise.resolve(Buffer.from('RIFF'));
  }
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly dir: string;
  readonly tts: RecordingSynthesizer;
  readonly store: KalliopeStore;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Opens the app's database: a scratch Postgres database when DATABASE_URL is set (CI), else in-memory PGlite. */
export async function openTestDatabase(): Promise<{ database: Database<KalliopeSchema>; drop(): Promise<void> }> {
  const adminUrl = process.env['DATABASE_URL'];
  if (adminUrl === undefined || adminUrl === '') {
    const database = await openDb({ schema, migrationsFolder });
    return { database, drop: () => Promise.resolve() };
  }
  const scratch = await createScratchDatabase(adminUrl, 'kalliope');
  const database = await openDb({ schema, migrationsFolder, url: scratch.url });
  return { database, drop: () => scratch.drop() };
}

export interface TestAppOptions {
  /** brain.yml text, plus other files of the brain folder by name. */
  readonly brain: string;
  readonly settings?: string;
  readonly files?: Readonly<Record<string, string>>;
  readonly recognizer?: (phrases: readonly string[]) => Promise<SpeechToText>;
  readonly extra?: Partial<AppDeps>;
  /** A database shared by several apps of one test file (opening one is slow); closed by its owner. */
  readonly database?: Database<KalliopeSchema>;
}

/** Builds the app over YAML written to a fresh folder and a fresh database. */
export async function createTestApp(options: TestAppOptions): Promise<TestApp> {
  const dir = await mkdtemp(join(tmpdir(), 'kalliope-test-'));
  await writeFile(join(dir, 'brain.yml'), options.brain);
  for (const [name, text] of Object.entries(options.files ?? {})) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  if (options.settings !== undefined) await writeFile(join(dir, 'settings.yml'), options.settings);
  const owned = options.database === undefined ? await openTestDatabase() : undefined;
  const database = options.database ?? (owned as { database: Database<KalliopeSchema> }).database;
  const tts = new RecordingSynthesizer();
  const speech: SpeechEngines = {
    createRecognizer: options.recognizer ?? (() => Promise.reject(new Error('no recogniser in this test'))),
    synthesizer: tts,
  };
  const store = new KalliopeStore(database);
  const loaded = options.settings === undefined ? DEFAULT_SETTINGS : loadSettings(join(dir, 'settings.yml'));
  const app = await buildApp({
    brain: loadBrain(join(dir, 'brain.yml')),
    settings: openForTests(loaded),
    store,
    speech,
    random: () => 0,
    ...options.extra,
  });
  return {
    app,
    dir,
    tts,
    store,
    async close() {
      await app.close();
      if (owned !== undefined) {
        await owned.database.close();
        await owned.drop();
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Credentials of the brain-editing routes in tests: `ADMIN_HEADERS` carries them. */
const TEST_LOGIN = 'admin';
const TEST_PASSWORD = 'test-admin-password';
export const ADMIN_HEADERS = { authorization: `Basic ${Buffer.from(`${TEST_LOGIN}:${TEST_PASSWORD}`).toString('base64')}` };

/**
 * Settings without credentials (Kalliope's default `password_protected: True`, for which the server's start-up
 * generates credentials) run open in tests that are not about authentication, with test credentials for the
 * routes that always need them (brain editing, shutdown).
 */
export function openForTests(settings: KalliopeSettings): KalliopeSettings {
  const { restApi } = settings;
  if (restApi.login !== '' && restApi.password !== '') return settings;
  return { ...settings, restApi: { ...restApi, passwordProtected: false, login: TEST_LOGIN, password: TEST_PASSWORD } };
}

/** POST a JSON body the way Kalliope clients do. */
export function postJson(
  app: FastifyInstance,
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url, payload: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
}
