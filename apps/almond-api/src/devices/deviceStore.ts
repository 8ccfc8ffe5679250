// A user's configured devices: the catalog's builtin kinds are always there; others are stored (set-up-free kinds
// are added on first use, others through /devices/create).
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/Database.js';
import { devices } from '../db/schema.js';
import type { ThingpediaCatalog } from '../thingpedia/catalog.js';

export type DeviceConfig = Record<string, string | number | boolean>;

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

export function createDeviceStore(db: Database, catalog: ThingpediaCatalog) {
  const builtins = (): ConfiguredDevice[] =>
    catalog
      .list()
      .filter((entry) => entry.setup === 'builtin')
      .map((entry) => ({ uniqueId: entry.kind, kind: entry.kind, name: entry.name, description: entry.description, config: {} }));

  return {
    /** Every device of the user, sorted by name (almond-cloud 1.8). */
    async list(userId: string): Promise<ConfiguredDevice[]> {
      const rows = await db.select().from(devices).where(eq(devices.userId, userId));
      const all = [...builtins(), ...rows.map(({ uniqueId, kind, name, description, config }) => ({ uniqueId, kind, name, description, config }))];
      return all.sort((a, b) => a.name.localeCompare(b.name) || a.uniqueId.localeCompare(b.uniqueId));
    },

    /** Adds a device of a catalog kind; set-up-free kinds have one device whose id is the kind. */
    async add(userId: string, kind: string, config: DeviceConfig = {}): Promise<ConfiguredDevice> {
      const entry = catalog.get(kind);
      if (entry === undefined || entry.setup === 'builtin') throw new UnknownKindError(kind);
      const uniqueId = entry.setup === 'none' ? kind : `${kind}-${randomBytes(6).toString('hex')}`;
      const device = { uniqueId, kind, name: entry.name, description: entry.description, config };
      await db
        .insert(devices)
        .values({ userId, ...device })
        .onConflictDoUpdate({ target: [devices.userId, devices.uniqueId], set: { config } });
      return device;
    },

    async remove(userId: string, uniqueId: string): Promise<boolean> {
      const removed = await db.delete(devices).where(and(eq(devices.userId, userId), eq(devices.uniqueId, uniqueId))).returning({ id: devices.uniqueId });
      return removed.length > 0;
    },
  };
}

export type DeviceStore = ReturnType<typeof createDeviceStore>;
