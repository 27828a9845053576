import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '@hpc-access/testing';
import { startDistributed } from '../distributed-harness';

/**
 * For the HTTP bench of test/bench in distributed mode (issue 20; ADR 33): every service a process
 * of its own on a scratch database of the PostgreSQL server (HPC_TEST_POSTGRES_URL), the mock
 * Kafka between them, the gateway in front, as the e2e tier runs them; intake runs with the bare
 * routes beside it (intake-with-bare-routes.ts). Answers the bench over IPC as platform-process.ts
 * does: `ready` with the gateway's and the bare routes' ports, then settle and stop. Statements are
 * not counted here (they are sent from seven processes); `statements` answers null.
 */
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hpc-bench-distributed-'));
  const portFile = join(dir, 'bare-port');
  const world = await startDistributed({
    start: new Date(),
    scripts: { intake: 'dist-test/services/platform/src/testing-only/bench/intake-with-bare-routes.js' },
    serviceEnv: { HPC_BENCH_BARE_PORT_FILE: portFile, LOG_LEVEL: 'warn' },
  });
  await waitFor(() => existsSync(portFile) && readFileSync(portFile, 'utf8') !== '', 'the bare routes to listen', { timeoutMs: 60_000 });
  const barePort = Number(readFileSync(portFile, 'utf8'));
  process.on('message', (message: { id: number; cmd: string }) => {
    void (async () => {
      if (message.cmd === 'settle') await world.settle();
      if (message.cmd === 'stop') {
        await world.close();
        rmSync(dir, { recursive: true, force: true });
        process.send?.({ id: message.id, result: null }, () => process.exit(0));
        return;
      }
      // statements, memory, profiles: measured in the embedded runs only.
      process.send?.({ id: message.id, result: null });
    })().catch((error: unknown) => process.send?.({ id: message.id, error: String(error) }));
  });
  process.send?.({ ready: { platform: Number(new URL(world.baseUrl).port), bare: barePort } });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
