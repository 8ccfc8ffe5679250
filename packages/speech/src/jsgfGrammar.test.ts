import { describe, expect, it } from 'vitest';
import { buildJsgfGrammar, normalisePhrase } from './jsgfGrammar.js';
import { PronouncingDictionary } from './pronouncingDictionary.js';

const dictionary = PronouncingDictionary.parse(
  ['what W AH T', 'what(2) HH W AH T', 'time T AY M', 'is IH Z', 'it IH T', 'say S EY', 'hello HH AH L OW', "don't D OW N T", 'stop S T AA P'].join('\n'),
);

describe('buildJsgfGrammar', () => {
  it('normalises phrases: lower case, punctuation removed, apostrophes kept', () => {
    expect(normalisePhrase('  What time, is it?! ')).toBe('what time is it');
    expect(normalisePhrase("Don't stop")).toBe("don't stop");
  });

  it('makes one public rule of the pronounceable phrases, without duplicates', () => {
    const grammar = buildJsgfGrammar(['Say hello', 'what time is it', 'say hello'], dictionary);
    expect(grammar.phrases).toEqual(['say hello', 'what time is it']);
    expect(grammar.jsgf).toBe(
      '#JSGF V1.0;\n\ngrammar parley;\n\npublic <phrase> =\n    say hello\n  | what time is it\n  ;\n',
    );
  });

  it('sets aside phrases with placeholders and phrases with unknown words', () => {
    const grammar = buildJsgfGrammar(['say {{ text }}', 'stop kalliope', "don't stop"], dictionary);
    expect(grammar.phrases).toEqual(["don't stop"]);
    expect(grammar.freePhrases).toEqual(['say {{ text }}']);
    expect(grammar.unpronounceable).toEqual([{ phrase: 'stop kalliope', word: 'kalliope' }]);
  });

  it('gives no grammar when nothing is pronounceable', () => {
    expect(buildJsgfGrammar(['kalliope'], dictionary).jsgf).toBeNull();
  });

  it('keeps the dictionary lines of just the grammar words, variants included', () => {
    expect(dictionary.subset(['what', 'stop', 'what', 'unknown'])).toBe('what W AH T\nwhat(2) HH W AH T\nstop S T AA P\n');
  });
});
