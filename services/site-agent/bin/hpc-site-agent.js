#!/usr/bin/env node
// `npx hpc-site-agent --config <file>`: runs the compiled agent (`npm run build` puts it under dist/;
// HPC_DIST_DIR=dist-test runs the tests' build). The agent imports none of the repository's aliases.
const { existsSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..', '..', '..');
const entry = join(root, process.env.HPC_DIST_DIR || 'dist', 'services', 'site-agent', 'src', 'cli.js');
if (!existsSync(entry)) {
  console.error(`hpc-site-agent: ${entry} is missing; build it first (npm run build)`);
  process.exit(1);
}
require(entry);
