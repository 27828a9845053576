import { execFile } from 'node:child_process';

export interface ToolResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export class ToolError extends Error {
  override readonly name = 'ToolError';
  constructor(
    readonly command: string[],
    readonly result: ToolResult,
  ) {
    super(`${command.join(' ')} exited with ${result.exitCode}: ${(result.stderr || result.stdout).trim().slice(0, 1500)}`);
  }
}

/** Runs one of Slurm's tools; a seam so the planning can be tested without Slurm. */
export type RunTool = (tool: string, args: string[], env?: Record<string, string>) => Promise<ToolResult>;

/**
 * execFile, never a shell: every argument reaches the tool as it is, nothing is interpreted. A
 * non-zero exit is returned, not thrown: sacctmgr says "Nothing new added." with exit 1 when the
 * thing exists already, which the caller decides about.
 */
export function execTool(timeoutMs: number): RunTool {
  return (tool, args, env) =>
    new Promise((resolve, reject) => {
      execFile(
        tool,
        args,
        { timeout: timeoutMs, maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ...env }, encoding: 'utf8' },
        (error, stdout, stderr) => {
          if (error && typeof (error as NodeJS.ErrnoException).code === 'string') {
            // ENOENT, EACCES: the tool itself is missing or not runnable.
            reject(new ToolError([tool, ...args], { stdout, stderr: `${(error as NodeJS.ErrnoException).code}: ${error.message}`, exitCode: -1 }));
            return;
          }
          if (error && error.killed) {
            reject(new ToolError([tool, ...args], { stdout, stderr: `killed after ${timeoutMs} ms (${error.signal ?? 'timeout'})`, exitCode: -1 }));
            return;
          }
          resolve({ stdout, stderr, exitCode: error ? ((error as { code?: number }).code ?? 1) : 0 });
        },
      );
    });
}
