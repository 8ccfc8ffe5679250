// Spawns the built `thingtalk` command (bundled from src/cli.ts into a temporary folder with tsup).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedClassSources } from '../describe/testClasses.js';

const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
let outDir: string;
let schemaFile: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'thingtalk-cli-'));
  execFileSync(join(packageRoot, 'node_modules/.bin/tsup'), ['src/cli.ts', '--no-config', '--format', 'esm', '--target', 'node20', '--out-dir', outDir, '--silent'], {
    cwd: packageRoot,
  });
  schemaFile = join(outDir, 'classes.tt');
  writeFileSync(schemaFile, shippedClassSources().join('\n'));
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function thingtalk(args: string[], input: string): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [join(outDir, 'cli.js'), ...args], { input, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('thingtalk command', () => {
  it('fmt: one output block per input block, failures as error lines and exit code 1', () => {
    const result = thingtalk(['fmt'], 'now=>@com.xkcd.get_comic()=>notify;\n====\nnow => @com.xkcd.get_comic() =>\n====\nattimer(time=makeTime(8,30))=>@org.thingpedia.builtin.thingengine.builtin.say(message="hi");\n');
    const blocks = result.stdout.split('\n====\n');
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toBe('now => @com.xkcd.get_comic() => notify;');
    expect(blocks[1]).toMatch(/^error: Syntax error at 1:32: /);
    expect(blocks[2]).toBe('attimer(time=new Time(8, 30)) => @org.thingpedia.builtin.thingengine.builtin.say(message="hi");\n');
    expect(result.status).toBe(1);
  });

  it('check and describe with --schemas, exit code 0 when every block succeeds', () => {
    expect(thingtalk(['check', '--schemas', schemaFile], 'now => @com.thecatapi.get() => notify;\n')).toEqual({ stdout: 'ok\n', stderr: '', status: 0 });
    const described = thingtalk(['describe', '--schemas', schemaFile], 'now => @com.thecatapi(id="com.thecatapi").get() => notify;\n');
    expect(described).toEqual({ stdout: 'get a cat picture and then notify you\nThecatapi\n', stderr: '', status: 0 });
  });

  it('from-nn and to-nn', () => {
    const fromNN = thingtalk(['from-nn'], 'now => @com.thecatapi.get param:count:Number = NUMBER_0 => notify\n{"NUMBER_0": 3}\n');
    expect(fromNN).toEqual({ stdout: 'now => @com.thecatapi.get(count=3) => notify;\n', stderr: '', status: 0 });
    const toNN = thingtalk(['to-nn', '--schemas', schemaFile], 'now => @com.thecatapi.get(count=42) => notify;\nget NUMBER_0 cats\n{"NUMBER_0": 42}\n');
    expect(toNN).toEqual({ stdout: 'now => @com.thecatapi.get param:count:Number = NUMBER_0 => notify\n', stderr: '', status: 0 });
  });

  it('prints usage with exit code 2', () => {
    const result = thingtalk([], '');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^usage: thingtalk/);
  });
});
