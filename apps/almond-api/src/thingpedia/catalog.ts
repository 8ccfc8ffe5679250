// The local Thingpedia: the device classes and datasets of the thingtalk package's plugins (plus any added), with
// the names, descriptions and categories the API shows.
import {
  BUILTIN_KIND,
  CAT_API_KIND,
  TEST_KIND,
  XKCD_KIND,
  type Schemas,
  type ClassDef,
  type Example,
} from '@parley/thingtalk';
import type { CatalogKind } from '@parley/dialog-engine';
import { pluginKinds, type CatalogSetup } from '@parley/dialog-engine/almond';
import { type DevicePlugin } from '@parley/thingtalk/runtime';
import { BUILTIN_PLUGINS } from '@parley/thingtalk/devices';

interface KindInfo {
  name: string;
  description: string;
  /** Help category (almond-dialog-agent): media, social-network, home, communication, service, data-management. */
  category: string;
}

export interface CatalogPlugin {
  plugin: DevicePlugin<never>;
  info: KindInfo;
}

export interface CatalogKindEntry extends KindInfo {
  kind: string;
  setup: CatalogSetup;
  classDef: ClassDef;
  plugin: DevicePlugin<never>;
  examples: readonly Example[];
}

const BUILTIN_INFO: Record<string, KindInfo> = {
  [BUILTIN_KIND]: { name: 'Miscellaneous Interfaces', description: 'Time, randomness and other non-device specific things.', category: 'service' },
  [TEST_KIND]: { name: 'Test Device', description: 'Test Almond in various ways.', category: 'data-management' },
  [CAT_API_KIND]: { name: 'The Cat API', description: 'Where every day is Caturday!', category: 'media' },
  [XKCD_KIND]: { name: 'XKCD', description: 'A webcomic of romance, sarcasm, math, and language.', category: 'media' },
};

/** The shipped plugins with their display information. */
export function builtinCatalogPlugins(): CatalogPlugin[] {
  return BUILTIN_PLUGINS.map((plugin) => ({ plugin, info: BUILTIN_INFO[plugin.kind] ?? { name: plugin.kind, description: plugin.kind, category: 'service' } }));
}

export class ThingpediaCatalog {
  readonly schemas: Schemas;
  private readonly entries = new Map<string, CatalogKindEntry>();

  constructor(plugins: readonly CatalogPlugin[]) {
    const read = pluginKinds(plugins.map(({ plugin }) => plugin));
    this.schemas = read.schemas;
    read.kinds.forEach((entry, index) => {
      const info = plugins[index]?.info;
      if (info !== undefined) this.entries.set(entry.kind, { ...entry, ...info });
    });
  }

  get(kind: string): CatalogKindEntry | undefined {
    return this.entries.get(kind);
  }

  list(): CatalogKindEntry[] {
    return [...this.entries.values()];
  }

  /** The kinds as the Almond agent reads them (how each is set up, its help category). */
  kinds(): CatalogKind[] {
    return this.list().map(({ kind, name, setup, category }) => ({ kind, name, setup, category }));
  }
}

/** Where a device kind's icon is served (reference: `<CDN>/icons/<kind>.png`; here the app itself). */
export function iconUrl(kind: string): string {
  return `/icons/${kind}.png`;
}
