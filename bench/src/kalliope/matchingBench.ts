// Order-matching latency of @parley/nlu's Kalliope matcher over a generated brain.
import { matchOrder } from '@parley/nlu';
import { benchmarkOrders, syntheticSynapses } from './syntheticBrain.js';
import { summarize, type LatencySummary } from './latency.js';

export interface MatchingResult {
  readonly synapses: number;
  readonly orders: number;
  readonly mode: 'all' | 'best';
  readonly latency: LatencySummary;
  readonly matchedShare: number;
}

export function benchMatching(synapseCount: number, mode: 'all' | 'best'): MatchingResult {
  const synapses = syntheticSynapses(synapseCount);
  const orders = benchmarkOrders(400);
  for (const order of orders.slice(0, 50)) matchOrder(synapses, order, { mode });
  const times: number[] = [];
  let matched = 0;
  for (let round = 0; round < 5; round++) {
    for (const order of orders) {
      const start = process.hrtime.bigint();
      const matches = matchOrder(synapses, order, { mode });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (round === 0 && matches.length > 0) matched++;
    }
  }
  return { synapses: synapseCount, orders: times.length, mode, latency: summarize(times), matchedShare: matched / orders.length };
}
