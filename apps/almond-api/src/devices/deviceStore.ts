// A user's configured devices: the catalog's builtin kinds are always there; others are stored (set-up-free kinds
// are added on first use, others through /devices/create). The OAuth tokens in a configuration are stored sealed
// (AES-256-GCM, security/secretBox.ts) and opened when read; tokens stored in the clear before are read as they are
// until `sealStoredSecrets` (run at start-up) seals them.
import { randomBytes } from 'node:crypto';
import { and, eq, or, sql } from 'drizzle-orm';
import type { Database } from '../db/Database.js';
import { devices } from '../db/schema.js';
import { isSealed, type SecretBox } from '../security/secretBox.js';
import type { ThingpediaCatalog } from '../thingpedia/catalog.js';

export type DeviceConfig = Record<string, string | number | boolean>;

/** Configuration fields kept sealed at rest: the tokens of devices configured through OAuth (exchangeDeviceCode). */
const SEALED_FIELDS = ['accessToken', 'refreshToken'] as const;

/** The configuration with its sealed fields passed through `change` (string values only). */
function mapSealedFields(config: DeviceConfig, change: (value: string) => string): DeviceConfig {
  const mapped = { ...config };
  for (const field of SEALED_FIELDS) {
    const value = mapped[field];
    if (typeof value === 'string') mapped[field] = change(value);
  }
  return mapped;
}

export interface ConfiguredDevice {
  uniqueId: string;
  kind: string;
  name: string;
  description: string;
  config: DeviceConfig;
}

export class UnknownKindError extends Error {
  constructor(kind: string) {
    super(`Unknown device kind ${kind}`);
  }
}

export function createDeviceStore(db: Database, catalog: ThingpediaCatalog, box: SecretBox) {
  const opened = (config: DeviceConfig) => mapSealedFields(config, (value) => (isSealed(value) ? box.open(value) : value));

  const builtins = (): ConfiguredDevice[] =>
    catalog
      .list()
      .filter((entry) => entry.setup === 'builtin')
      .map((entry) => ({ uniqueId: entry.kind, kind: entry.kind, name: entry.name, description: entry.description, config: {} }));

  return {
    /** Every device of the user, sorted by name (almond-cloud 1.8). */
    async list(userId: string): Promise<ConfiguredDevice[]> {
      const rows = await db.select().from(devices).where(eq(devices.userId, userId));
      const all = [...builtins(), ...rows.map(({ uniqueId, kind, name, description, config }) => ({ uniqueId, kind, name, description, config: opened(config) }))];
      return all.sort((a, b) => a.name.localeCompare(b.name) || a.uniqueId.localeCompare(b.uniqueId));
    },

    /** Adds a device of a catalog kind; set-up-free kinds have one device whose id is the kind. */
    async add(userId: string, kind: string, config: DeviceConfig = {}): Promise<ConfiguredDevice> {
      const entry = catalog.get(kind);
      if (entry === undefined || entry.setup === 'builtin') throw new UnknownKindError(kind);
      const uniqueId = entry.setup === 'none' ? kind : `${kind}-${randomBytes(6).toString('hex')}`;
      const device = { uniqueId, kind, name: entry.name, description: entry.description, config };
      const sealed = mapSealedFields(config, (value) => box.seal(value));
      await db
        .insert(devices)
        .values({ userId, ...device, config: sealed })
        .onConflictDoUpdate({ target: [devices.userId, devices.uniqueId], set: { config: sealed } });
      return device;
    },

    /** Throws unless the key opens the tokens already stored (a start-up check: a changed or mistyped key would
     * otherwise only show when a device is used). */
    async checkSecretKey(): Promise<void> {
      const [row] = await db.select().from(devices).where(sql`(${devices.config} ->> ${SEALED_FIELDS[0]}) like 'enc:v1:%'`).limit(1);
      if (row === undefined) return;
      try {
        opened(row.config);
      } catch (error) {
        throw new Error('the secret key does not open the device tokens stored in the database: start with the ALMOND_SECRET_KEY (or DATA_DIR/secret.key) they were sealed with', { cause: error });
      }
    },

    /** Seals the tokens stored in the clear (before sealing existed); returns how many devices it changed. Safe to
     * run on several instances at once: a row is only replaced while it still holds what was read. */
    async sealStoredSecrets(): Promise<number> {
      const unsealed = SEALED_FIELDS.map((field) => sql`(${devices.config} ->> ${field}) not like 'enc:v1:%'`);
      const rows = await db.select().from(devices).where(or(...unsealed));
      let changed = 0;
      for (const row of rows) {
        const sealed = mapSealedFields(row.config, (value) => (isSealed(value) ? value : box.seal(value)));
        const updated = await db
          .update(devices)
          .set({ config: sealed })
          .where(and(eq(devices.userId, row.userId), eq(devices.uniqueId, row.uniqueId), sql`${devices.config} = ${JSON.stringify(row.config)}::jsonb`))
          .returning({ uniqueId: devices.uniqueId });
        changed += updated.length;
      }
      return changed;
    },

    async remove(userId: string, uniqueId: string): Promise<boolean> {
      const removed = await db.delete(devices).where(and(eq(devices.userId, userId), eq(devices.uniqueId, uniqueId))).returning({ id: devices.uniqueId });
      return removed.length > 0;
    },
  };
}

export type DeviceStore = ReturnType<typeof createDeviceStore>;
