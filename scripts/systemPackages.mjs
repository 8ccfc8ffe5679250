#!/usr/bin/env node
// Runs on `pnpm install` (the root package.json "postinstall"): makes sure the Debian packages listed in
// system-packages.txt are present. As root with apt-get it installs the missing ones; otherwise it prints the one
// command that does. It never fails the install: without these packages only speech, MQTT and browser features
// (and their tests) are unavailable, and the apps say so when they start.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wanted = readFileSync(join(root, 'system-packages.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const say = (line) => console.log(`[system packages] ${line}`);

function main() {
  if (process.env.PARLEY_SKIP_SYSTEM_PACKAGES === '1') return 0;
  if (!has('dpkg-query') || !has('apt-get')) {
    say(`not a Debian/Ubuntu system: install ${wanted.join(', ')} with your package manager for speech, MQTT and browser tests`);
    return 0;
  }
  const missing = wanted.filter((name) => !isInstalled(name));
  if (missing.length === 0) return 0;
  const install = ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing];
  if (process.getuid?.() !== 0) {
    say(`missing: ${missing.join(' ')}`);
    say(`run: sudo apt-get update && sudo ${install.join(' ')}`);
    return 0;
  }
  say(`installing ${missing.join(' ')} with apt-get: a minute or two, once (PARLEY_SKIP_SYSTEM_PACKAGES=1 skips this)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const command of [['apt-get', 'update', '-qq'], install]) {
    // dpkg's per-file lines go nowhere; apt's errors still reach the terminal.
    const result = spawnSync(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (result.status !== 0) {
      say(`\`${command.join(' ')}\` failed (exit ${result.status ?? result.signal}); run it yourself, then pnpm test`);
      return 0;
    }
  }
  const still = missing.filter((name) => !isInstalled(name));
  if (still.length > 0) say(`still missing after apt-get: ${still.join(' ')}`);
  else say('done');
  return 0;
}

function isInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f', '${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

process.exitCode = main();
