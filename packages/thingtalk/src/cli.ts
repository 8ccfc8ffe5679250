#!/usr/bin/env node
// The `thingtalk` command (docs/operations.md): reads blocks from stdin, writes one block per input block.
// stdin is read synchronously: an async iterator over process.stdin would load Node's stream machinery, a good
// part of the start-up time of a short run.
import { readFileSync } from 'node:fs';
import { runCli } from './cli/runCli.js';

async function readStdin(): Promise<string> {
  try {
    return readFileSync(0, 'utf8');
  } catch (error) {
    // a non-blocking stdin (some terminals) cannot be read synchronously: read it as a stream then
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
}

const result = await runCli(process.argv.slice(2), await readStdin(), (path) => readFileSync(path, 'utf8'));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
