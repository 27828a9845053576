import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { findRepoFile } from '@hpc-access/sql';

/** The repository root, from source under ts-jest and from compiled dist/ alike. */
export const REPO_ROOT = dirname(findRepoFile('nx.json'));

export interface ProcessSpec {
  /** `intake`, `intake#2`, `gateway`: names the process in logs. */
  name: string;
  /** A compiled entry point, relative to the repository root. */
  script: string;
  args?: string[];
  env: NodeJS.ProcessEnv;
  /** Where stdout and stderr go: a file (tests) or this process's own output, prefixed (launcher). */
  logFile?: string;
}

/** Starts a compiled entry point of this repository with the path aliases resolved. */
export function startProcess(spec: ProcessSpec): ChildProcess {
  const child = spawn(process.execPath, ['-r', join(REPO_ROOT, 'scripts', 'register-paths.js'), join(REPO_ROOT, spec.script), ...(spec.args ?? [])], {
    cwd: REPO_ROOT,
    env: spec.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (spec.logFile) {
    const log = createWriteStream(spec.logFile, { flags: 'a' });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  } else {
    const prefix = `[${spec.name}] `;
    const forward = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) target.write(`${prefix}${line}\n`);
    };
    child.stdout?.on('data', forward(process.stdout));
    child.stderr?.on('data', forward(process.stderr));
  }
  return child;
}

/** Resolves once `url` answers 200 (a readiness probe), or rejects after `timeoutMs`. */
export async function waitUntilReady(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the process exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Sends `signal` and waits for the exit. */
export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolvePromise();
    });
    child.kill(signal);
  });
}
