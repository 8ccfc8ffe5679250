import { describe, expect, it } from 'vitest';
import { matchOrder, type OrderSynapse } from './matchOrder.js';
import { parseOrderSignal } from './orderSignal.js';

function synapse(name: string, orders: readonly unknown[], enabled?: boolean): OrderSynapse {
  const signals = orders.map((order) => parseOrderSignal(order));
  return enabled === undefined ? { name, orders: signals } : { name, orders: signals, enabled };
}

// The brain of K@v0.7.2 Tests/test_order_analyser.py as described in docs/protocols/kalliope.md §3.5.
const brain: OrderSynapse[] = [
  synapse('Synapse1', ['this is the sentence']),
  synapse('Synapse2', ['this is the second sentence']),
  synapse('Synapse4', [{ text: 'that is part of the fourth sentence', 'matching-type': 'strict' }]),
  synapse('Synapse5', [{ text: 'sentence 5 with specific order', 'matching-type': 'ordered-strict' }]),
  synapse('Synapse7', [{ text: 'matching type non existing', 'matching-type': 'non-existing' }]),
  synapse('Synapse8', [{ 'matching-type': 'normal' }]),
  synapse('Synapse9', ['i am disabled'], false),
  synapse('Synapse10', ['i say this', 'and then that']),
  synapse('Synapse11', [{ text: 'just 1 test', 'matching-type': 'strict', 'stt-correction': [{ input: 'one', output: 1 }] }]),
  synapse('Synapse13', [{ text: 'testing the not contain', 'matching-type': 'not-contain', 'excluded-words': ['that', 'in'] }]),
];

function names(order: string | null): string[] {
  return matchOrder(brain, order).map((match) => match.synapse.name);
}

describe('matchOrder: docs/protocols/kalliope.md §3.5', () => {
  it('matches a normal order', () => expect(names('this is the sentence')).toEqual(['Synapse1']));
  it('runs every matching synapse in brain order', () => {
    expect(names('this is the second sentence')).toEqual(['Synapse1', 'Synapse2']);
  });
  it('matches nothing for an unknown order', () => expect(names('not a valid order')).toEqual([]));
  it('strict: same words only', () => {
    expect(names('that is part of the fourth sentence')).toEqual(['Synapse4']);
    expect(names('that is part of the fourth sentence with more word')).toEqual([]);
  });
  it('ordered-strict: same words in the same order', () => {
    expect(names('sentence 5 with specific order')).toEqual(['Synapse5']);
    expect(names('order specific with 5 sentence')).toEqual([]);
  });
  it('an unknown matching type behaves as normal', () => expect(names('matching type non existing')).toEqual(['Synapse7']));
  it('skips a disabled synapse', () => expect(names('i am disabled')).toEqual([]));
  it('adds a synapse with two matching signals once, with the first matching signal', () => {
    const matches = matchOrder(brain, 'i say this and then that');
    expect(matches.map((match) => [match.synapse.name, match.matchedOrder])).toEqual([['Synapse10', 'i say this']]);
  });
  it('applies stt-correction before matching', () => {
    const matches = matchOrder(brain, 'just one test');
    expect(matches.map((match) => [match.synapse.name, match.matchedOrder])).toEqual([['Synapse11', 'just 1 test']]);
  });
  it('not-contain rejects an excluded word anywhere', () => {
    expect(names('testing the not contain')).toEqual(['Synapse13']);
    expect(names('in testing the not contain')).toEqual([]);
    expect(names('testing the not in contain')).toEqual([]);
    expect(names('testing the not contain in')).toEqual([]);
  });
  it('an empty or null order matches nothing', () => {
    expect(names('')).toEqual([]);
    expect(names(null)).toEqual([]);
  });
});

describe('matchOrder: the rest of §3', () => {
  const sayBrain = [synapse('say-hello', ['say hello']), synapse('say', ['say'])];

  it('has no ranking by default: "say hello" runs both (§3.1)', () => {
    expect(matchOrder(sayBrain, 'say hello').map((match) => match.synapse.name)).toEqual(['say-hello', 'say']);
  });
  it('ranked best-match mode keeps the synapse that explains most of the order', () => {
    expect(matchOrder(sayBrain, 'say hello', { mode: 'best' }).map((match) => match.synapse.name)).toEqual(['say-hello']);
    expect(matchOrder(sayBrain, 'please say', { mode: 'best' }).map((match) => match.synapse.name)).toEqual(['say']);
    expect(matchOrder(sayBrain, 'nothing', { mode: 'best' })).toEqual([]);
  });
  it('ranked mode breaks ties by brain order', () => {
    const tied = [synapse('first', ['hello there']), synapse('second', ['there hello'])];
    expect(matchOrder(tied, 'hello there', { mode: 'best' }).map((match) => match.synapse.name)).toEqual(['first']);
  });
  it('splits on whitespace only: punctuation sticks to words (§3.1)', () => {
    expect(matchOrder(sayBrain, 'say, hello').map((match) => match.synapse.name)).toEqual([]);
    expect(matchOrder(sayBrain, 'hello, say').map((match) => match.synapse.name)).toEqual(['say']);
  });
  it('lower-cases but does not fold accents (§3.1)', () => {
    const accented = [synapse('listen', ['écoute'])];
    expect(matchOrder(accented, 'ecoute')).toEqual([]);
    expect(matchOrder(accented, 'Écoute').map((match) => match.synapse.name)).toEqual(['listen']);
  });
  it('reports matched_order as written, not lower-cased', () => {
    const [match] = matchOrder([synapse('bonjour', ['Bonjour'])], 'bonjour');
    expect(match?.matchedOrder).toBe('Bonjour');
  });
  it('a dict signal without text never matches', () => {
    expect(matchOrder([synapse('no-text', [{}])], 'anything')).toEqual([]);
  });
  it('a signal made only of a placeholder never matches (empty S)', () => {
    expect(matchOrder([synapse('catch-all', ['{{ everything }}'])], 'anything')).toEqual([]);
  });
  it('not-contain without excluded-words does not crash and excludes nothing', () => {
    const loose = [
      synapse('missing', [{ text: 'open door', 'matching-type': 'not-contain' }]),
      synapse('string', [{ text: 'open door', 'matching-type': 'not-contain', 'excluded-words': 'garage' }]),
    ];
    expect(matchOrder(loose, 'open door').map((match) => match.synapse.name)).toEqual(['missing', 'string']);
    expect(matchOrder(loose, 'open garage door').map((match) => match.synapse.name)).toEqual(['missing']);
  });
  it('stt-correction does not leak into later synapses (a documented Kalliope fault, fixed)', () => {
    const leaky = [
      synapse('play', [{ text: 'play track 1', 'stt-correction': [{ input: 'one', output: '1' }] }]),
      synapse('track', ['track 1']),
    ];
    expect(matchOrder(leaky, 'play track one').map((match) => match.synapse.name)).toEqual(['play']);
    expect(matchOrder(leaky, 'track one')).toEqual([]);
  });
  it('returns the parameters of each matched synapse, lower-cased (§3.4)', () => {
    const music = [synapse('music', ['I want to listen {{ artist_name }}'])];
    const [match] = matchOrder(music, 'I want to listen Amy Winehouse');
    expect(match?.parameters).toEqual({ artist_name: 'amy winehouse' });
  });
});
