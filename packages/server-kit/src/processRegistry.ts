// The process's own metrics (prom-client's defaults: CPU, memory, heap, event loop lag, GC, open handles), collected
// once per process however many apps it builds (tests build many), and prepended to every app's /metrics.
import { collectDefaultMetrics, Registry } from 'prom-client';

let shared: Registry | undefined;

export function processRegistry(): Registry {
  if (shared === undefined) {
    shared = new Registry();
    collectDefaultMetrics({ register: shared });
  }
  return shared;
}
