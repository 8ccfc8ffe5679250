import { describe, expect, it } from 'vitest';
import { renderResponseText } from './renderResponseText.js';

const contexts = [{ name: 'weather', parameters: { location: 'London', 'location.original': 'london' }, lifespan: 1, setAt: 0 }];

describe('renderResponseText', () => {
  it('fills $param, $param.original and #context.param, leaving punctuation alone', () => {
    const parameters = { date: '2017-07-20', 'date.original': 'tomorrow' };
    expect(renderResponseText('Weather in #weather.location for $date.original ($date).', parameters, contexts)).toBe(
      'Weather in London for tomorrow (2017-07-20).',
    );
  });

  it('leaves unknown references as written', () => {
    expect(renderResponseText('It costs $5 in #shop.price', {}, contexts)).toBe('It costs $5 in #shop.price');
  });
});
