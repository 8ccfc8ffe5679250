import { describe, expect, it } from 'vitest';
import { shippedClassSources } from '../describe/testClasses.js';
import { runCli } from './runCli.js';
import { joinBlocks, splitBlocks } from './splitBlocks.js';

const SCHEMAS = shippedClassSources().join('\n');
const read = (path: string): string => {
  if (path === 'classes.tt') return SCHEMAS;
  throw new Error(`ENOENT: no such file, open '${path}'`);
};

describe('splitBlocks', () => {
  it('splits on lines that are exactly ====', async () => {
    expect(splitBlocks('a\nb\n====\nc\n')).toEqual(['a\nb', 'c']);
    expect(splitBlocks('a\n ====\n=====\n')).toEqual(['a\n ====\n=====']);
    expect(splitBlocks('a\r\n====\r\n\r\n')).toEqual(['a', '']);
    expect(splitBlocks('')).toEqual([]);
    expect(joinBlocks(['x', 'y\nz'])).toBe('x\n====\ny\nz\n');
    expect(joinBlocks([])).toBe('');
  });
});

describe('runCli', () => {
  it('formats programs canonically and reports syntax errors with line:column', async () => {
    const result = await runCli(['fmt'], 'now=>@com.xkcd.get_comic()=>notify;\n====\nnow =>\n  => notify;\n', read);
    expect(result.stdout).toBe(
      'now => @com.xkcd.get_comic() => notify;\n====\nerror: Syntax error at 2:3: expected "aggregate", "compute", "sort", "(", a query, "{", "notify", "return" or an action, found "=>"\n',
    );
    expect(result.exitCode).toBe(1);
  });

  it('type-checks against --schemas, giving type errors a line:column', async () => {
    const input =
      'now => @com.xkcd.get_comic() => notify;\n====\nnow => @com.xkcd.nope() => notify;\n====\nnow =>\n  @com.xkcd.get_comic(number="x") => notify;\n';
    expect(await runCli(['check', '--schemas', 'classes.tt'], input, read)).toEqual({
      stdout:
        'ok\n====\nerror: Type error at 1:8: Class com.xkcd has no query nope\n====\n' +
        'error: Type error at 2:23: Wrong type for parameter number of @com.xkcd.get_comic: expected Number, got "x" of type String\n',
      stderr: '',
      exitCode: 1,
    });
    expect(await runCli(['check', '--schemas=classes.tt'], 'now => @com.xkcd.get_comic() => notify;', read)).toMatchObject({ stdout: 'ok\n', exitCode: 0 });
  });

  it('describes programs: description, then program name', async () => {
    const input = 'monitor (@com.xkcd.get_comic()) => notify;\n====\nnow => @org.thingpedia.builtin.thingengine.builtin.say(message="hi");\n';
    expect(await runCli(['describe', '--schemas', 'classes.tt'], input, read)).toEqual({
      stdout: 'notify you when an Xkcd comic changes\nXkcd\n====\nsend me a message “hi”\nSay\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('converts from NN tokens with their entities', async () => {
    const input = 'now => @com.xkcd.get_comic param:number:Number = NUMBER_0 => notify\n{"NUMBER_0": 42}\n====\nnow => @com.xkcd.get_comic => notify\n====\nnow => notify\n[1]\n';
    const result = await runCli(['from-nn'], input, read);
    expect(result.stdout.split('\n====\n')).toEqual([
      'now => @com.xkcd.get_comic(number=42) => notify;',
      'now => @com.xkcd.get_comic() => notify;',
      'error: the entities must be a JSON object\n',
    ]);
    expect(result.exitCode).toBe(1);
  });

  it('converts to NN tokens: program lines, then the sentence, then the entities', async () => {
    const input = [
      'now => @com.xkcd.get_comic(number=42)',
      '  => notify;',
      'show me xkcd NUMBER_0',
      '{"NUMBER_0": 42}',
      '====',
      'now => @com.xkcd.get_comic(number=43) => notify;',
      'show me xkcd NUMBER_0',
      '{"NUMBER_0": 42}',
      '====',
      'now => @com.xkcd.get_comic() => notify;',
    ].join('\n');
    const result = await runCli(['to-nn', '--schemas', 'classes.tt'], input, read);
    expect(result.stdout.split('\n====\n')).toEqual([
      'now => @com.xkcd.get_comic param:number:Number = NUMBER_0 => notify',
      'error: Cannot find entity 43 of type NUMBER, have {"NUMBER_0":42}',
      'error: expected a program, a line with the sentence and a line with the entities\n',
    ]);
  });

  it('rejects bad command lines with exit code 2', async () => {
    expect(await runCli([], '', read)).toMatchObject({ stdout: '', exitCode: 2 });
    expect((await runCli(['nope'], '', read)).stderr).toMatch(/^unknown command nope/);
    expect((await runCli(['check'], 'x', read)).stderr).toMatch(/^check needs --schemas F.tt/);
    expect((await runCli(['fmt', '--bad'], 'x', read)).stderr).toMatch(/^unknown option --bad/);
    expect(await runCli(['check', '--schemas', 'missing.tt'], 'x', read)).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/^cannot load missing.tt: ENOENT/) });
  });
});
