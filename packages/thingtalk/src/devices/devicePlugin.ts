// A device plugin: the Thingpedia class (ThingTalk source) plus a factory for the TypeScript implementation.
import type { Device } from './device.js';

export interface DevicePlugin<Options = Record<string, never>> {
  /** The class name, e.g. `com.xkcd`. */
  readonly kind: string;
  /** `class @kind { … }` in ThingTalk 1.x syntax: the functions, their types and annotations. */
  readonly classSource: string;
  /** `dataset @kind language "en" { … }`: example utterances with `${p_name}` placeholders. */
  readonly datasetSource: string;
  create(options: Options): Device;
}
