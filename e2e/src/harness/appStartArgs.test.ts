import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appStartArgs, type AppName } from './appStartArgs.js';

const apps: AppName[] = ['apiai-api', 'kalliope-api', 'almond-api'];

describe('appStartArgs', () => {
  it.each(apps)('%s: the flags of its start script, then its built server as an absolute path', (app) => {
    const start = (JSON.parse(readFileSync(new URL(`../../../apps/${app}/package.json`, import.meta.url), 'utf8')) as { scripts: { start: string } }).scripts.start;
    const args = appStartArgs(app);
    const script = args.at(-1) ?? '';
    expect(isAbsolute(script) && existsSync(script)).toBe(true);
    expect(script.endsWith('/dist/main.js')).toBe(true);
    expect(['node', ...args.slice(0, -1), 'dist/main.js'].join(' ')).toBe(start);
  });

  it('apiai-api caps the young generation, as its README (Memory) explains', () => {
    expect(appStartArgs('apiai-api')).toContain('--max-semi-space-size=4');
  });
});
