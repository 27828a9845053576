import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface PlatformChild {
  platformUrl: string;
  bareUrl: string;
  call<T = unknown>(cmd: string, extra?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/**
 * The platform's bench process, from the compiled tree as the e2e tier starts its processes (the
 * bench depends on libraries only; the platform's side lives in its testing-only code). Module
 * resolution (-r register-paths) comes along in execArgv.
 */
const benchProcess = (name: string) => resolve(process.cwd(), process.env.HPC_DIST_DIR ?? 'dist-test', 'services/platform/src/testing-only/bench', name);

/**
 * `pglite`, `postgres`: the embedded platform on that engine (`url`: the server database).
 * `distributed`: every service a process of its own behind the gateway, on a scratch database the
 * process creates through the server at `url` (its administrative connection).
 */
export async function startPlatformChild(engine: 'pglite' | 'postgres' | 'distributed', url?: string): Promise<PlatformChild> {
  const child: ChildProcess =
    engine === 'distributed'
      ? fork(benchProcess('distributed-process.js'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], env: { ...process.env, HPC_TEST_POSTGRES_URL: url, HPC_OPENAPI_VALIDATION: 'off' } })
      : fork(benchProcess('platform-process.js'), [engine, url ?? ''], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  let next = 0;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const ports = await new Promise<{ platform: number; bare: number }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`platform process exited with ${code}`)));
    child.on('message', (message: { ready?: { platform: number; bare: number }; id?: number; result?: unknown; error?: string }) => {
      if (message.ready) return resolve(message.ready);
      const pending = waiting.get(message.id ?? -1);
      waiting.delete(message.id ?? -1);
      if (message.error) pending?.reject(new Error(message.error));
      else pending?.resolve(message.result);
    });
  });
  const call = <T>(cmd: string, extra: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ id, cmd, ...extra });
    });
  return {
    platformUrl: `http://127.0.0.1:${ports.platform}`,
    bareUrl: `http://127.0.0.1:${ports.bare}`,
    call,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.removeAllListeners('exit');
      await call('stop').catch(() => undefined);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
