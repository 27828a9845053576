import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '@hpc-access/testing';
import { stopProcess } from '../distributed/processes';

/** A compiled entry point (`dist-test/...js`) running as a process of its own. */
export interface EntryProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr interleaved as they arrived. */
  output(): string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Runs `script` (relative to the repository) with only PATH and the environment given: a test of
 * how the platform starts must not inherit the test runner's own settings.
 */
export function runEntry(script: string, env: Record<string, string>): EntryProcess {
  const child = spawn(process.execPath, ['-r', join(REPO_ROOT, 'scripts', 'register-paths.js'), join(REPO_ROOT, script)], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HPC_DIST_DIR: 'dist-test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited, stop: () => stopProcess(child, 'SIGKILL') };
}

/** The process's exit code, or a failure naming what it printed if it is still running after `ms`. */
export async function exitCodeWithin(started: EntryProcess, ms: number): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'running'>((resolve) => (timer = setTimeout(() => resolve('running'), ms)));
  const result = await Promise.race([started.exited, late]);
  clearTimeout(timer);
  if (result === 'running') {
    await started.stop();
    throw new Error(`still running after ${ms} ms; it printed:\n${started.output()}`);
  }
  return result;
}
