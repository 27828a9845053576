#!/usr/bin/env node
// `npx hpc-audit ...`: runs the compiled tool (dist/, or HPC_DIST_DIR=dist-test for the tests'
// build). After `npm ci` there is no build yet, and after a pull the build may be older than the
// sources: then the tool and the libraries it imports are compiled first (a few seconds), so an
// auditor never runs other code than the checkout's.
const { existsSync, readdirSync, statSync, utimesSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..', '..', '..');
const distDir = process.env.HPC_DIST_DIR || 'dist';
const entry = join(root, distDir, 'services', 'audit-cli', 'src', 'cli.js');
// replay folds with the services' own evolve (libs/audit-as-of over their src/domain entries):
// a change to a service's domain rebuilds the tool too.
const SOURCES = ['services/audit-cli/src', 'libs/audit-bundle/src', 'libs/audit-as-of/src', 'libs/eventsourcing/src', 'libs/ledger/src', 'libs/sql/src', 'libs/contracts/src',
  ...['intake', 'ethics-review', 'allocation', 'governance-pledges', 'accounting'].map((service) => `services/${service}/src`)];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const stale = () => !existsSync(entry) || SOURCES.some((dir) => newestSource(join(root, dir)) > statSync(entry).mtimeMs);

if (distDir === 'dist' && stale()) {
  process.stderr.write('hpc-audit: compiling the tool (first run, or sources newer than the build)\n');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', join(root, 'services', 'audit-cli', 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(entry)) {
    console.error('hpc-audit: compiling failed; run `npm run build` and try again');
    process.exit(2);
  }
  // tsc re-emits only the files whose output changed: the entry's time says the build is current.
  const now = new Date();
  utimesSync(entry, now, now);
} else if (!existsSync(entry)) {
  console.error(`hpc-audit: ${entry} is missing; build it first`);
  process.exit(2);
}
process.env.HPC_DIST_DIR = distDir;
require(join(root, 'scripts', 'register-paths.js'));
require(entry);
