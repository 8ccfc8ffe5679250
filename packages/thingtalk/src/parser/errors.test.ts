import { describe, expect, it } from 'vitest';
import { parse } from './parse.js';
import { ThingTalkSyntaxError } from './syntaxError.js';

function errorOf(source: string): ThingTalkSyntaxError {
  try {
    parse(source);
  } catch (error) {
    if (error instanceof ThingTalkSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected a syntax error for ${source}`);
}

describe('syntax errors', () => {
  it.each([
    'now => @com.xkcd.get_comic() => notify',
    'now => @com.xkcd.get_comic( => notify;',
    'now => @com.xkcd.get_comic() =>',
    'monitor => notify;',
    'now => @com.xkcd.get_comic(number=) => notify;',
    'now => @x.y(p="unterminated);',
    'now => @x.y(p=start_of(s));',
    'now => @x.y(p=$foo);',
    'class @com.x { query q(in req a Number); }',
    'dataset @com.x { query := @a.b(); } now => @a.b();',
    'now => @a.b(); oninput => { @a.b(); } oninput => { @a.b(); }',
    'true : now => notify;',
    '',
    'now => @com;',
    'now => @x.y(p=#);',
    'now => @x.y(p=new Date(1e30));',
    'now => @x.y(p=$context.location.moon);',
    'now => @x.y(p=new Date("yesterday"));',
  ])('%s', (source) => {
    const error = errorOf(source);
    expect(error.name).toBe('SyntaxError');
    expect(error.message).toMatchSnapshot();
  });

  it('reports the line and column of the offending token', () => {
    const error = errorOf('now => @com.xkcd.get_comic()\n  => nofity notify;');
    expect([error.line, error.column]).toEqual([2, 13]);
    expect(error.message).toBe('Syntax error at 2:13: expected ";", found "notify"');
  });

  it('lists what was expected', () => {
    const error = errorOf('now => @com.xkcd.get_comic() => notify');
    expect(error.message).toBe('Syntax error at 1:39: expected ";", found end of input');
    expect(error.expected).toEqual(['";"']);
  });
});
