// The configured devices of one user, found by kind and (optionally) id as `@kind(id="…")` names them.
import type { Device } from './device.js';

export class DeviceRegistry {
  readonly #devices = new Map<string, Device>();

  constructor(devices: Iterable<Device> = []) {
    for (const device of devices) this.add(device);
  }

  add(device: Device): void {
    this.#devices.set(device.uniqueId, device);
  }

  remove(uniqueId: string): boolean {
    return this.#devices.delete(uniqueId);
  }

  list(): Device[] {
    return [...this.#devices.values()];
  }

  ofKind(kind: string): Device[] {
    return this.list().filter((device) => device.kind === kind);
  }

  /**
   * The device a primitive runs on: the one with that id, or the only device of that kind.
   * Throws with the reference's wording when none or several match.
   */
  resolve(kind: string, id: string | null): Device {
    if (id !== null) {
      const device = this.#devices.get(id);
      if (device === undefined || device.kind !== kind) throw new Error(`Device ${id} of kind ${kind} is not configured`);
      return device;
    }
    const candidates = this.ofKind(kind);
    const [only] = candidates;
    if (candidates.length === 1 && only !== undefined) return only;
    if (candidates.length === 0) throw new Error(`No device of kind ${kind} is configured`);
    throw new Error(`must select a device for @${kind}`);
  }
}
