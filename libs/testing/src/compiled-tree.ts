import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, from source under ts-jest and from compiled code alike. */
export const REPO_ROOT = repositoryRoot(__dirname);

/** Where tsconfig.processes.json compiles to: the processes tests start, testing-only code kept. */
export const COMPILED_TREE = join(REPO_ROOT, 'dist-test');

const BUILD_LOCK = join(REPO_ROOT, 'dist-test.lock');

/** The inputs' fingerprint of the last successful build: tsc is not run again while it holds. */
const BUILT_FROM = join(COMPILED_TREE, '.built-from');

/**
 * Compiles the tree that tests run as separate processes or threads. One build at a time, across
 * test files. tsc's incremental mode still parses every file (10-15 s of CPU on 2 cores, about a
 * dozen test files ask), so a build whose inputs have not changed since the last one is skipped.
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
    const inputs = inputsFingerprint();
    if (existsSync(join(COMPILED_TREE, '.tsbuildinfo')) && existsSync(BUILT_FROM) && readFileSync(BUILT_FROM, 'utf8') === inputs) return;
    const build = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.processes.json'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`building the compiled tree for tests failed:\n${build.stdout}${build.stderr}`);
    // Taken before the build: a file changed while tsc ran makes the next call build again.
    writeFileSync(BUILT_FROM, inputs);
  } finally {
    rmdirSync(BUILD_LOCK);
  }
}

/**
 * Path, size and modification time of everything tsconfig.processes.json can compile or copy
 * (sources, JSON, the configs, the lock file; not the staff UI, a browser app it leaves out): a stat per file, some 30 ms for the whole tree.
 */
function inputsFingerprint(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const { size, mtimeMs } = statSync(path);
    hash.update(`${path.slice(REPO_ROOT.length)}\0${size}\0${mtimeMs}\n`);
  };
  for (const file of readdirSync(REPO_ROOT)) if (/^tsconfig.*\.json$|^package(-lock)?\.json$/.test(file)) add(join(REPO_ROOT, file));
  const sourceRoots = ['libs', 'services'].flatMap((group) => readdirSync(join(REPO_ROOT, group)).filter((name) => name !== 'staff-ui').map((name) => join(REPO_ROOT, group, name, 'src')));
  for (const root of [...sourceRoots, join(REPO_ROOT, 'test', 'bench', 'src')].filter((dir) => existsSync(dir)).sort()) {
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|json)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) add(file);
  }
  return hash.digest('hex');
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
