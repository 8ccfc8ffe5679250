// Secrets the app must read back (the OAuth tokens of devices) are stored sealed with AES-256-GCM:
// `enc:v1:<iv>.<tag>.<ciphertext>` (base64url; a random 12-byte IV per value, the 16-byte tag), under the 32-byte key
// of ALMOND_SECRET_KEY, or, on PGlite without it, one generated into DATA_DIR/secret.key at the first start.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const PREFIX = 'enc:v1:';
const KEY_BYTES = 32;

export interface SecretBox {
  seal(plain: string): string;
  /** The plain text of a sealed value; throws when it is not one, was sealed under another key or was altered. */
  open(sealed: string): string;
}

export const isSealed = (value: string): boolean => value.startsWith(PREFIX);

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== KEY_BYTES) throw new Error(`the secret key must be ${KEY_BYTES} bytes (got ${key.length})`);
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${PREFIX}${[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join('.')}`;
    },
    open(sealed) {
      const [iv, tag, ciphertext, extra] = isSealed(sealed) ? sealed.slice(PREFIX.length).split('.') : [];
      if (iv === undefined || tag === undefined || ciphertext === undefined || extra !== undefined) throw new Error('not a sealed value');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

/** A key as ALMOND_SECRET_KEY gives it: 32 bytes as 64 hex digits or in base64 (`openssl rand -hex 32`). */
export function parseSecretKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`ALMOND_SECRET_KEY must be ${KEY_BYTES} bytes, as 64 hex digits or base64 (openssl rand -hex 32)`);
  return key;
}

/**
 * The key of this deployment: ALMOND_SECRET_KEY when set. Otherwise, on PGlite, DATA_DIR/secret.key, written (mode
 * 0600) at the first start. On Postgres it must be set: every instance needs the same key, and a key kept in the
 * database beside what it seals would protect nothing.
 */
export async function loadSecretKey(options: { secretKey: string | undefined; databaseUrl: string | undefined; dataDir: string }): Promise<Buffer> {
  if (options.secretKey !== undefined) return parseSecretKey(options.secretKey);
  if (options.databaseUrl !== undefined) {
    throw new Error('ALMOND_SECRET_KEY must be set with DATABASE_URL (32 bytes, e.g. openssl rand -hex 32; the same on every instance)');
  }
  await mkdir(options.dataDir, { recursive: true });
  const file = join(options.dataDir, 'secret.key');
  const generated = randomBytes(KEY_BYTES).toString('hex');
  try {
    await writeFile(file, `${generated}\n`, { mode: 0o600, flag: 'wx' });
    return Buffer.from(generated, 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  try {
    return parseSecretKey(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}
