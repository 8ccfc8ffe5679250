// Order-matching latency of @parley/nlu's Kalliope matcher over a generated brain: the compiled, indexed matcher
// (`compileOrderMatcher`) against the full scan (`matchOrder`) in the same run, with identical results checked.
import { compileOrderMatcher, matchOrder, type OrderSynapse, type SynapseMatch } from '@parley/nlu';
import { benchmarkOrders, syntheticSynapses } from './syntheticBrain.js';
import { summarize, type LatencySummary } from './latency.js';

export interface MatchingResult {
  readonly synapses: number;
  readonly mode: 'all' | 'best';
  /** Milliseconds to compile the brain (parse every signal, build the index). */
  readonly compileMs: number;
  readonly indexed: LatencySummary;
  readonly indexedOrders: number;
  readonly fullScan: LatencySummary;
  readonly fullScanOrders: number;
  /** Mean synapses the index hands to the matcher per order. */
  readonly meanCandidates: number;
  readonly matchedShare: number;
  /** Orders whose indexed matches differ from the full scan's (must be 0). */
  readonly mismatches: number;
}

const ORDERS = 400;
const INDEXED_ROUNDS = 5;
/** The full scan is slow at 10,000 synapses: it times fewer orders there. */
const fullScanOrders = (synapses: number) => (synapses >= 10_000 ? 100 : ORDERS);

const time = (run: () => void): number => {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

const summary = (matches: readonly SynapseMatch<OrderSynapse>[]) =>
  JSON.stringify(matches.map((match) => [match.synapse.name, match.matchedOrder, match.parameters]));

export function benchMatching(synapseCount: number, mode: 'all' | 'best'): MatchingResult {
  const synapses = syntheticSynapses(synapseCount);
  const orders = benchmarkOrders(ORDERS);
  let matcher = compileOrderMatcher(synapses);
  const compileMs = time(() => {
    matcher = compileOrderMatcher(synapses);
  });
  for (const order of orders.slice(0, 50)) matcher.match(order, { mode });
  const indexed: number[] = [];
  for (let round = 0; round < INDEXED_ROUNDS; round++) {
    for (const order of orders) indexed.push(time(() => matcher.match(order, { mode })));
  }
  const scanned = orders.slice(0, fullScanOrders(synapseCount));
  for (const order of scanned.slice(0, 10)) matchOrder(synapses, order, { mode });
  const fullScan: number[] = [];
  let mismatches = 0;
  let matched = 0;
  for (const order of scanned) {
    let expected: SynapseMatch<OrderSynapse>[] = [];
    fullScan.push(time(() => {
      expected = matchOrder(synapses, order, { mode });
    }));
    if (summary(expected) !== summary(matcher.match(order, { mode }))) mismatches++;
    if (expected.length > 0) matched++;
  }
  const candidates = orders.reduce((sum, order) => sum + matcher.candidateCount(order), 0);
  return {
    synapses: synapseCount,
    mode,
    compileMs,
    indexed: summarize(indexed),
    indexedOrders: indexed.length,
    fullScan: summarize(fullScan),
    fullScanOrders: fullScan.length,
    meanCandidates: candidates / orders.length,
    matchedShare: matched / scanned.length,
    mismatches,
  };
}
