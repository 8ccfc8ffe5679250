#!/usr/bin/env node
// The `apiai-import-agent` command. The CLI itself is built into dist/cli.js; this launcher is committed so that
// the command can be linked when the workspace is installed, before anything is built.
import '../dist/cli.js';
