import { describe, expect, it } from 'vitest';
import { loadSlotTagger, serializeSlotTagger } from './serializeSlotTagger.js';
import { tagSlots, trainSlotTagger, type SlotExample } from './slotTagger.js';

function annotated(intent: string, template: string, values: Record<string, string>): SlotExample {
  let text = '';
  const slots: { slot: string; start: number; end: number }[] = [];
  for (const part of template.split(/(\{\w+\})/)) {
    const slot = /^\{(\w+)\}$/.exec(part)?.[1];
    if (slot === undefined) {
      text += part;
      continue;
    }
    const value = values[slot] ?? '';
    slots.push({ slot, start: text.length, end: text.length + value.length });
    text += value;
  }
  return { text, intent, slots };
}

const cities = ['Paris', 'New York', 'Tokyo', 'Rio de Janeiro', 'Oslo', 'Cairo'];
const days = ['tomorrow', 'on Monday', 'next week', 'tonight', 'today', 'on Friday'];
const examples: SlotExample[] = cities.flatMap((city, index) => [
  annotated('weather', 'what is the weather in {city} {date}', { city, date: days[index] ?? 'today' }),
  annotated('weather', 'will it rain {date} in {city}', { city, date: days[(index + 1) % days.length] ?? 'today' }),
  annotated('travel', 'book a flight from {from} to {to}', { from: city, to: cities[(index + 2) % cities.length] ?? 'Paris' }),
]);

describe('slot tagger', () => {
  const tagger = trainSlotTagger(examples);

  it('tags multi-word slots with their original characters', () => {
    expect(tagSlots(tagger, 'what is the weather in New York tomorrow', 'weather')).toEqual([
      { slot: 'city', start: 23, end: 31, text: 'New York' },
      { slot: 'date', start: 32, end: 40, text: 'tomorrow' },
    ]);
  });
  it('uses the context to tell slots of the same entity apart', () => {
    const tagged = tagSlots(tagger, 'book a flight from Oslo to Cairo', 'travel');
    expect(tagged.map((slot) => [slot.slot, slot.text])).toEqual([
      ['from', 'Oslo'],
      ['to', 'Cairo'],
    ]);
  });
  it('generalises to an unseen value in a known context', () => {
    const tagged = tagSlots(tagger, 'book a flight from Lima to Paris', 'travel');
    expect(tagged.map((slot) => [slot.slot, slot.text])).toEqual([
      ['from', 'Lima'],
      ['to', 'Paris'],
    ]);
  });
  it('is deterministic', () => {
    expect(Array.from(trainSlotTagger(examples).weights)).toEqual(Array.from(tagger.weights));
  });
  it('survives JSON with identical tags', () => {
    const restored = loadSlotTagger(JSON.parse(JSON.stringify(serializeSlotTagger(tagger))));
    for (const text of ['what is the weather in New York tomorrow', 'book a flight from Lima to Paris', 'hello']) {
      expect(tagSlots(restored, text, 'travel')).toEqual(tagSlots(tagger, text, 'travel'));
    }
    expect(() => loadSlotTagger({ ...serializeSlotTagger(tagger), tags: ['O'] })).toThrow(/Corrupt/);
  });
  it('finds nothing in a sentence without slots', () => {
    expect(tagSlots(tagger, 'hello', 'weather')).toEqual([]);
  });
});
