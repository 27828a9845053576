import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { findRepoFile } from '@hpc-access/sql';

export interface ProcessRun {
  events: number;
  /** Reading (and checking), as the process measures it once its database is open. */
  seconds: number;
  /** The whole process: start-up, connection, reading, checking. */
  wallSeconds: number;
  ok: boolean;
}

function runJson(args: string[], env: NodeJS.ProcessEnv): Promise<ProcessRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}${stdout}`));
      const report = JSON.parse(stdout) as { events: number; seconds: number; ok?: boolean };
      resolve({ events: report.events, seconds: report.seconds, wallSeconds: (performance.now() - started) / 1000, ok: report.ok ?? true });
    });
  });
}

const compiledTree = () => process.env.HPC_DIST_DIR ?? 'dist-test';

/** `hpc-audit verify ... --json` as an auditor runs it, in its own process, from the compiled tree. */
export function runVerify(source: string[], pageSize: number): Promise<ProcessRun> {
  const bin = findRepoFile('services/audit-cli/bin/hpc-audit.js', __dirname);
  return runJson([bin, 'verify', ...source, '--page-size', String(pageSize), '--json'], { ...process.env, HPC_DIST_DIR: compiledTree() });
}

/** The plain read of the same events, in its own process too (plain-read-process.ts). */
export function runPlainRead(source: string, schema: string, pageSize: number): Promise<ProcessRun> {
  const registerPaths = findRepoFile('scripts/register-paths.js', __dirname);
  return runJson(['-r', registerPaths, join(__dirname, 'plain-read-process.js'), source, schema, String(pageSize)], { ...process.env, HPC_DIST_DIR: compiledTree() });
}

/** A bare JSON.parse of each line of a bundle, in its own process (bundle-parse-process.ts). */
export function runBundleParse(file: string): Promise<ProcessRun> {
  return runJson([join(__dirname, 'bundle-parse-process.js'), file], process.env);
}
