// Run by the thingtalk benchmark in a fresh process (so that neither implementation inherits the heap and JIT
// state of the benchmark's earlier phases): reads { programs, rounds, roundMs } as JSON on stdin, times parse +
// print of @parley/thingtalk and thingtalk 1.10 on them in alternating rounds, and writes the best round of each
// (µs per program, wall-clock and CPU time of this process) as JSON on stdout.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { parse, print } from '@parley/thingtalk';

const require = createRequire(import.meta.url);
const reference = require('thingtalk');
const { programs, rounds, roundMs } = JSON.parse(readFileSync(0, 'utf8'));

const passes = {
  ours: () => {
    for (const p of programs) print(parse(p));
  },
  reference: () => {
    for (const p of programs) reference.Grammar.parse(p).prettyprint(true);
  },
};
const cpuMicroseconds = () => {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
};
const wall = { ours: Infinity, reference: Infinity };
const cpu = { ours: Infinity, reference: Infinity };
for (const pass of Object.values(passes)) for (let i = 0; i < 3; i++) pass();
for (let round = 0; round < rounds; round++) {
  for (const key of ['ours', 'reference']) {
    const start = performance.now();
    const startCpu = cpuMicroseconds();
    let n = 0;
    while (performance.now() - start < roundMs) {
      passes[key]();
      n++;
    }
    wall[key] = Math.min(wall[key], ((performance.now() - start) * 1000) / (n * programs.length));
    cpu[key] = Math.min(cpu[key], (cpuMicroseconds() - startCpu) / (n * programs.length));
  }
}
process.stdout.write(JSON.stringify({ wall, cpu }));
