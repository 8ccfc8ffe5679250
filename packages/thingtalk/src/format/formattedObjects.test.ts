import { describe, expect, it } from 'vitest';
import { formattedToString, makeFormattedObject } from './formattedObjects.js';
import { interpolate } from './interpolate.js';

describe('makeFormattedObject', () => {
  it('moves a lone displayText to the title and defaults the title to the link', () => {
    expect(makeFormattedObject('rdl', { webCallback: 'http://a', displayText: 'Text' })).toEqual({
      type: 'rdl', callback: 'http://a', webCallback: 'http://a', displayTitle: 'Text',
    });
    expect(makeFormattedObject('rdl', { callback: 'http://b', displayTitle: null, pictureUrl: 'http://p' })).toEqual({
      type: 'rdl', callback: 'http://b', webCallback: 'http://b', displayTitle: 'http://b', pictureUrl: 'http://p',
    });
    expect(makeFormattedObject('rdl', { displayTitle: 'x' })).toBeNull();
  });

  it('validates maps, sounds, media and rejects unknown types', () => {
    expect(makeFormattedObject('map', { lat: '37.5', lon: '-122', display: 'Here' })).toEqual({ type: 'map', lat: 37.5, lon: -122, display: 'Here' });
    expect(makeFormattedObject('map', { lat: 'x', lon: '1' })).toBeNull();
    expect(makeFormattedObject('media', { url: 'http://m' })).toEqual({ type: 'media', url: 'http://m' });
    expect(makeFormattedObject('sound', { name: '' })).toBeNull();
    expect(makeFormattedObject('code', { code: 'function () {}' })).toBeNull();
  });

  it('has text fallbacks', () => {
    expect(formattedToString({ type: 'map', lat: 1, lon: 2 })).toBe('Location: [Latitude: 1 deg, Longitude: 2 deg]');
    expect(formattedToString({ type: 'media', url: 'http://m' })).toBe('Media: http://m');
  });
});

describe('interpolate', () => {
  it('handles $name, ${name}, ${name:option} and $$', () => {
    const row = { a: 'x', b: 0.5, c: 2000, e: 'some_value' };
    expect(interpolate('$a and ${a} cost $$5, ${b:%}%, ${c:KB}, ${e:enum}', row)).toBe('x and x cost $5, 50%, 2 KB, some value');
    expect(interpolate('no placeholders', {})).toBe('no placeholders');
    expect(interpolate('${missing} only', {})).toBeNull();
  });
});
