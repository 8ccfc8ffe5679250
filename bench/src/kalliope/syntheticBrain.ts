// A generated brain of order signals for the matching benchmark: 1,000 synapses built from a small vocabulary of
// home-assistant orders, some with parameters and the stricter matching types, and a mix of orders to match.
import { parseOrderSignal, type OrderSynapse } from '@parley/nlu';

const ACTIONS = ['turn on', 'turn off', 'open', 'close', 'start', 'stop', 'dim', 'check', 'lock', 'unlock'];
const THINGS = ['light', 'heater', 'window', 'door', 'radio', 'fan', 'blinds', 'oven', 'alarm', 'speaker'];
const PLACES = ['kitchen', 'bedroom', 'garage', 'office', 'garden', 'attic', 'cellar', 'hall', 'bathroom', 'porch'];
const TYPES = ['normal', 'normal', 'strict', 'ordered-strict', 'not-contain'] as const;

function signalFor(index: number): unknown {
  const action = ACTIONS[index % ACTIONS.length] ?? '';
  const thing = THINGS[Math.floor(index / ACTIONS.length) % THINGS.length] ?? '';
  const place = PLACES[Math.floor(index / 100) % PLACES.length] ?? '';
  const text = index % 7 === 0 ? `${action} the ${thing} for {{ duration }}` : `${action} the ${thing} in the ${place}`;
  const matchingType = TYPES[index % TYPES.length];
  return matchingType === 'normal' ? text : { text, 'matching-type': matchingType, 'excluded-words': ['never'] };
}

export function syntheticSynapses(count: number): OrderSynapse[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `synapse-${index}`,
    orders: [parseOrderSignal(signalFor(index))],
  }));
}

/** Orders to match: exact signal texts, orders with extra words, parameter orders, and orders that match nothing. */
export function benchmarkOrders(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const action = ACTIONS[index % ACTIONS.length] ?? '';
    const thing = THINGS[(index * 3) % THINGS.length] ?? '';
    const place = PLACES[(index * 7) % PLACES.length] ?? '';
    switch (index % 4) {
      case 0:
        return `${action} the ${thing} in the ${place}`;
      case 1:
        return `please ${action} the ${thing} in the ${place} right now`;
      case 2:
        return `${action} the ${thing} for ten minutes`;
      default:
        return `what is the weather like in ${place} tomorrow`;
    }
  });
}
