import { describe, expect, it } from 'vitest';
import { parseTemplate } from './parseTemplate.js';

describe('parseTemplate', () => {
  it('reads words and entity references with aliases', () => {
    expect(parseTemplate('What is the weather in @city:location?')).toEqual([
      { kind: 'word', text: 'what' }, { kind: 'word', text: 'is' }, { kind: 'word', text: 'the' },
      { kind: 'word', text: 'weather' }, { kind: 'word', text: 'in' }, { kind: 'entity', name: 'city', alias: 'location' },
    ]);
  });

  it('reads system entities, unaliased references and agent-qualified names', () => {
    expect(parseTemplate('@sys.number:n @Linear_Measures @pandora.artist:selectedArtist')).toEqual([
      { kind: 'system', name: 'number', alias: 'n' },
      { kind: 'entity', name: 'Linear_Measures' },
      { kind: 'entity', name: 'artist', alias: 'selectedArtist' },
    ]);
  });

  it('reads inline entities with and without alias, with @sys.void and the seed\'s bare system.void', () => {
    expect(parseTemplate('create a @{bug, system.void} report @{now, @sys.void}:when')).toEqual([
      { kind: 'word', text: 'create' }, { kind: 'word', text: 'a' },
      { kind: 'choice', options: [[{ kind: 'word', text: 'bug' }], [{ kind: 'system', name: 'void' }]] },
      { kind: 'word', text: 'report' },
      { kind: 'choice', alias: 'when', options: [[{ kind: 'word', text: 'now' }], [{ kind: 'system', name: 'void' }]] },
    ]);
  });

  it('allows references and several words inside inline options', () => {
    expect(parseTemplate('@{city that never sleeps, @city}')).toEqual([
      { kind: 'choice', options: [
        [{ kind: 'word', text: 'city' }, { kind: 'word', text: 'that' }, { kind: 'word', text: 'never' }, { kind: 'word', text: 'sleeps' }],
        [{ kind: 'entity', name: 'city' }],
      ] },
    ]);
  });

  it('leaves e-mail addresses and a lone @ as text, and stops names before a trailing dot', () => {
    expect(parseTemplate('mail bob@example.com')).toEqual([
      { kind: 'word', text: 'mail' }, { kind: 'word', text: 'bob' }, { kind: 'word', text: 'example' }, { kind: 'word', text: 'com' },
    ]);
    expect(parseTemplate('go to @city.')).toEqual([
      { kind: 'word', text: 'go' }, { kind: 'word', text: 'to' }, { kind: 'entity', name: 'city' },
    ]);
  });

  it('folds words like queries are folded', () => {
    expect(parseTemplate('Café', { foldAccents: true })).toEqual([{ kind: 'word', text: 'cafe' }]);
  });
});
