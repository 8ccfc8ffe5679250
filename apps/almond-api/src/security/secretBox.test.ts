import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSecretBox, isSealed, loadSecretKey, parseSecretKey } from './secretBox.js';

const folder = mkdtempSync(join(tmpdir(), 'almond-secret-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('secret box', () => {
  const box = createSecretBox(randomBytes(32));

  it('seals with a fresh IV each time and opens what it sealed', () => {
    const first = box.seal('token-123');
    const second = box.seal('token-123');
    expect(isSealed(first)).toBe(true);
    expect(first).not.toContain('token-123');
    expect(second).not.toBe(first);
    expect(box.open(first)).toBe('token-123');
    expect(box.open(box.seal(''))).toBe('');
  });

  it('refuses altered values, values sealed under another key and plain text', () => {
    const sealed = box.seal('token-123');
    const [iv, tag, ciphertext] = sealed.slice('enc:v1:'.length).split('.') as [string, string, string];
    const flipped = Buffer.from(ciphertext, 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => box.open(`enc:v1:${iv}.${tag}.${flipped.toString('base64url')}`)).toThrow();
    expect(() => createSecretBox(randomBytes(32)).open(sealed)).toThrow();
    expect(() => box.open('token-123')).toThrow(/not a sealed value/);
    expect(() => createSecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });

  it('reads a key as hex or base64, 32 bytes only', () => {
    const key = randomBytes(32);
    expect(parseSecretKey(key.toString('hex'))).toEqual(key);
    expect(parseSecretKey(` ${key.toString('base64')}\n`)).toEqual(key);
    expect(() => parseSecretKey('too-short')).toThrow(/ALMOND_SECRET_KEY must be 32 bytes/);
  });
});

describe('loadSecretKey', () => {
  it('takes ALMOND_SECRET_KEY when set', async () => {
    const key = randomBytes(32);
    expect(await loadSecretKey({ secretKey: key.toString('hex'), databaseUrl: 'postgres://db', dataDir: join(folder, 'unused') })).toEqual(key);
  });

  it('refuses to go on without it on Postgres', async () => {
    await expect(loadSecretKey({ secretKey: undefined, databaseUrl: 'postgres://db', dataDir: join(folder, 'pg') })).rejects.toThrow(/ALMOND_SECRET_KEY must be set with DATABASE_URL/);
  });

  it('on PGlite, generates DATA_DIR/secret.key (mode 0600) once and reads it from then on', async () => {
    const dataDir = join(folder, 'pglite');
    const generated = await loadSecretKey({ secretKey: undefined, databaseUrl: undefined, dataDir });
    const file = join(dataDir, 'secret.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(generated.toString('hex'));
    expect(await loadSecretKey({ secretKey: undefined, databaseUrl: undefined, dataDir })).toEqual(generated);
  });

  it('names the key file when it is damaged', async () => {
    const dataDir = join(folder, 'damaged');
    await loadSecretKey({ secretKey: undefined, databaseUrl: undefined, dataDir });
    writeFileSync(join(dataDir, 'secret.key'), 'nonsense');
    await expect(loadSecretKey({ secretKey: undefined, databaseUrl: undefined, dataDir })).rejects.toThrow(/secret\.key: ALMOND_SECRET_KEY must be 32 bytes/);
  });
});
