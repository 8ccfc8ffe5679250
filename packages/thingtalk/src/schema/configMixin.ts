import type { ClassDef } from '../ast/index.js';

/**
 * The configuration mixin of a class (`import config from @org.thingpedia.config.none();` →
 * `org.thingpedia.config.none`), or null when it has none. Devices whose config is `none` or `builtin` need no
 * set-up, so the dialog adds them without asking.
 */
export function configMixin(classDef: ClassDef): string | null {
  return classDef.imports.find((i) => i.facets.includes('config'))?.module ?? null;
}

/** Whether devices of the class exist without any set-up (config `none` or `builtin`). */
export function needsNoSetup(classDef: ClassDef): boolean {
  const mixin = configMixin(classDef);
  return mixin === 'org.thingpedia.config.none' || mixin === 'org.thingpedia.config.builtin';
}
