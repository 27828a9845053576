import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, freePort } from '@hpc-access/testing';

/** A compiled program of dist-test running as a process of its own, its output kept. */
export interface RunningProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export function runCompiled(script: string, args: string[], env: Record<string, string>): RunningProcess {
  const child = spawn(process.execPath, ['-r', join(REPO_ROOT, 'scripts', 'register-paths.js'), join(REPO_ROOT, script), ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env['PATH'] ?? '', HPC_DIST_DIR: 'dist-test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  return {
    child,
    output: () => output,
    exited,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** The embedded platform (`npm start`'s compiled main) with tokens from a real issuer (AUTH_MODE=oidc). */
export async function startPlatformProcess(dataDir: string, issuer: string, audience: string): Promise<{ process: RunningProcess; baseUrl: string }> {
  const port = await freePort();
  const running = runCompiled('dist-test/services/platform/src/main.js', [], {
    NODE_ENV: 'test', LOG_LEVEL: 'warn', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1',
    AUTH_MODE: 'oidc', AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (running.child.exitCode !== null) throw new Error(`the platform exited (${running.child.exitCode}):\n${running.output()}`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) return { process: running, baseUrl };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await running.kill();
      throw new Error(`the platform was not ready within 90 s:\n${running.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
