#!/usr/bin/env node
// The `thingtalk` command (DESIGN.md "Operator contract"): reads blocks from stdin, writes one block per input block.
import { readFileSync } from 'node:fs';
import { runCli } from './cli/runCli.js';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const result = runCli(process.argv.slice(2), Buffer.concat(chunks).toString('utf8'), (path) => readFileSync(path, 'utf8'));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
