import { describe, expect, it } from 'vitest';
import { foldText } from './foldText.js';

describe('foldText', () => {
  it('folds compatibility forms, case, apostrophes and (optionally) accents', () => {
    expect(foldText('Ｃａｆé’s')).toBe("café's");
    expect(foldText('Ｃａｆé’s Straße', { foldAccents: true })).toBe("cafe's strasse");
  });

  it('lower-cases ASCII text exactly as the full Unicode folding does, Turkish dotless i included', () => {
    const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join('');
    for (const text of [ascii, 'Play JAZZ in Istanbul', "DON'T STOP"]) {
      expect(foldText(text)).toBe(text.toLowerCase());
      expect(foldText(text, { foldAccents: true, lang: 'en' })).toBe(text.toLowerCase());
    }
    expect(foldText('ISTANBUL', { lang: 'tr' })).toBe('ıstanbul');
    expect(foldText('ISTANBUL', { lang: 'tr', foldAccents: true })).toBe('istanbul');
  });
});
