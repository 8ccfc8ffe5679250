// The kinds an agent knows, read from device plugins: their classes (one Schemas), how each is set up (from the
// class's `import config`), their dataset examples, names and help categories.
import { configMixin, parseLibrary, Schemas, type ClassDef, type Example } from '@parley/thingtalk';
import type { DevicePlugin } from '@parley/thingtalk/runtime';
import type { CatalogKind } from '../almondStepContext.js';
import { lastPartName } from '../askSlot.js';

/** How devices of a kind come to exist: builtin (always there), none (added on first use), form, oauth2. */
export type CatalogSetup = Extract<CatalogKind['setup'], 'builtin' | 'none' | 'form' | 'oauth2'>;

export function catalogSetup(classDef: ClassDef): CatalogSetup {
  switch (configMixin(classDef)) {
    case 'org.thingpedia.config.builtin':
      return 'builtin';
    case 'org.thingpedia.config.none':
      return 'none';
    case 'org.thingpedia.config.oauth2':
      return 'oauth2';
    default:
      return 'form';
  }
}

/** A kind's display name and help category (`media`, `social-network`, `home`, `communication`, `service`, `data-management`). */
export interface KindLabel {
  readonly name?: string;
  readonly category?: string;
}

export interface PluginKind {
  readonly kind: string;
  readonly name: string;
  readonly setup: CatalogSetup;
  readonly category?: string;
  readonly classDef: ClassDef;
  readonly examples: readonly Example[];
  readonly plugin: DevicePlugin<never>;
}

export function pluginKinds(
  plugins: readonly DevicePlugin<never>[],
  labels: Readonly<Record<string, KindLabel>> = {},
): { readonly schemas: Schemas; readonly kinds: readonly PluginKind[] } {
  const schemas = Schemas.fromText(...plugins.map((plugin) => plugin.classSource));
  const kinds = plugins.map((plugin): PluginKind => {
    const classDef = schemas.getClass(plugin.kind);
    if (classDef === undefined) throw new Error(`plugin ${plugin.kind} does not define class @${plugin.kind}`);
    const label = labels[plugin.kind] ?? {};
    return {
      kind: plugin.kind,
      name: label.name ?? lastPartName(plugin.kind),
      setup: catalogSetup(classDef),
      ...(label.category === undefined ? {} : { category: label.category }),
      classDef,
      examples: parseLibrary(plugin.datasetSource).datasets.flatMap((dataset) => dataset.examples),
      plugin,
    };
  });
  return { schemas, kinds };
}
