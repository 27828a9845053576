import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, from source under ts-jest and from compiled code alike. */
export const REPO_ROOT = repositoryRoot(__dirname);

/** Where tsconfig.processes.json compiles to: the processes tests start, testing-only code kept. */
export const COMPILED_TREE = join(REPO_ROOT, 'dist-test');

const BUILD_LOCK = join(REPO_ROOT, 'dist-test.lock');

/**
 * Compiles the tree that tests run as separate processes or threads (incremental: seconds when
 * nothing changed). One build at a time, across test files.
 */
export function buildCompiledTree(): void {
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`${BUILD_LOCK} held for two minutes; remove it if no build runs`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    const build = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.processes.json'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`building the compiled tree for tests failed:\n${build.stdout}${build.stderr}`);
  } finally {
    rmdirSync(BUILD_LOCK);
  }
}

/** Runs `script` (CommonJS) in a node of the compiled tree, aliases resolved; returns its stdout. */
export function runCompiled(script: string): string {
  const run = spawnSync(process.execPath, ['-r', join(REPO_ROOT, 'scripts', 'register-paths.js'), '-e', script], {
    cwd: REPO_ROOT,
    env: { ...process.env, HPC_DIST_DIR: 'dist-test', NODE_OPTIONS: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`compiled script failed (${run.status ?? run.signal}):\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

function repositoryRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no nx.json in ${from} or above`);
  }
}
