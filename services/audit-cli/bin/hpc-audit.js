#!/usr/bin/env node
// `npx hpc-audit ...`: runs the compiled tool (dist/, or HPC_DIST_DIR=dist-test for the tests'
// build). After `npm ci` there may be no build yet: the tool and the libraries it imports are
// compiled once (a few seconds), then run. `npm run build` refreshes it after a pull.
const { existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..', '..', '..');
const distDir = process.env.HPC_DIST_DIR || 'dist';
const entry = join(root, distDir, 'services', 'audit-cli', 'src', 'cli.js');
if (!existsSync(entry)) {
  if (distDir !== 'dist') {
    console.error(`hpc-audit: ${entry} is missing; build it first`);
    process.exit(2);
  }
  process.stderr.write('hpc-audit: compiling the tool (first run)\n');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', join(root, 'services', 'audit-cli', 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(entry)) {
    console.error('hpc-audit: compiling failed; run `npm run build` and try again');
    process.exit(2);
  }
}
process.env.HPC_DIST_DIR = distDir;
require(join(root, 'scripts', 'register-paths.js'));
require(entry);
