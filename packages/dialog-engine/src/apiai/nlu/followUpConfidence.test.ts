import { describe, expect, it } from 'vitest';
import type { NluIntent } from './nluAgent.js';
import { preferActiveFollowUps } from './followUpConfidence.js';

const intent = (id: string, fields: Partial<NluIntent> = {}): NluIntent => ({
  id, name: id, contexts: [], userSays: [], responses: [{ parameters: [], affectedContexts: [] }], ...fields,
});
const parent = intent('book table', { responses: [{ parameters: [], affectedContexts: [{ name: 'booking-followup', lifespan: 2 }] }] });
const yes = intent('book table - yes', { contexts: ['booking-followup'] });
const no = intent('book table - no', { contexts: ['Booking-Followup'] });
const other = intent('order food');
const orphanParent = intent('weather');
const orphan = intent('weather - again', { contexts: ['elsewhere'], parentId: orphanParent.id });

describe('preferActiveFollowUps', () => {
  it("gives the parent's confidence to its most likely active follow-up", () => {
    const choices = [{ intent: parent, confidence: 0.8 }, { intent: yes, confidence: 0.07 }, { intent: no, confidence: 0.03 }, { intent: other, confidence: 0.1 }];
    expect(preferActiveFollowUps(choices, new Set(['booking-followup'])).map(({ intent, confidence }) => [intent.name, Number(confidence.toFixed(2))])).toEqual([
      ['book table - yes', 0.87], ['order food', 0.1], ['book table - no', 0.03], ['book table', 0],
    ]);
  });

  it('changes nothing while no follow-up context is active', () => {
    const choices = [{ intent: parent, confidence: 0.8 }, { intent: yes, confidence: 0.2 }];
    expect(preferActiveFollowUps(choices, new Set(['something-else']))).toEqual(choices);
  });

  it('finds the parent by parentId too', () => {
    const choices = [{ intent: orphanParent, confidence: 0.6 }, { intent: orphan, confidence: 0.1 }];
    expect(preferActiveFollowUps(choices, new Set(['elsewhere']))[0]).toEqual({ intent: orphan, confidence: 0.7 });
  });
});
