#!/usr/bin/env node
// The `thingtalk` command. The CLI itself is built into dist/cli.js; this launcher is committed so that the
// command can be linked when the package is installed, before anything is built.
import '../dist/cli.js';
