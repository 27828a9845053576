import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InProcessBus } from '@hpc-access/messaging';
import { openPglite, openPostgres, type Database } from '@hpc-access/sql';
import { AccountingRuntime } from '@hpc-access/accounting';
import { AllocationRuntime } from '@hpc-access/allocation';
import { EthicsReviewRuntime } from '@hpc-access/ethics-review';
import { GovernancePledgesRuntime } from '@hpc-access/governance-pledges';
import { IntakeRuntime } from '@hpc-access/intake';
import { createPlatformApp } from '../../create-app';
import { SERVICE_SCHEMAS, activitySnapshot, untilQuiet } from '../activity';
import { AllocationEvents, createIntegrationEvent, topicFor } from '@hpc-access/contracts';
import { newEventId } from '@hpc-access/eventsourcing';
import { createRawUsageTable, rawUsageInsert, type UsageRow } from './raw-usage-insert';
import { startBareRoutes } from './bare-routes';
import { seedApplicationSummaries, timeListSql } from './seed-applications';
import { countStatements } from './statement-count';

/**
 * For the HTTP and ingest benches of test/bench (issue 20; ADR 33). The platform under load, in a process of its own so that the load generator does not share its
 * event loop: embedded mode (every service, the in-process bus) on in-memory PGlite, or on a
 * PostgreSQL server database (argv[3]). Beside it, in the same process and on the same database,
 * the bare routes of the baseline. Talks to the bench over IPC: `ready` with both ports; on request
 * it settles (waits until every reaction has run), starts and stops a CPU profile, reports memory.
 */
const [engine, url] = process.argv.slice(2);
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

async function main(): Promise<void> {
  const counted = countStatements(engine === 'postgres' ? openPostgres({ connectionString: url, max: 20 }) : await openPglite());
  const db: Database = counted.db;
  const bus = new InProcessBus({ logger: silent });
  const dataDir = mkdtempSync(join(tmpdir(), 'hpc-bench-http-'));
  const app = await createPlatformApp({ db, bus, auth: { mode: 'embedded', publicBaseUrl: 'http://localhost:3000', dataDir } });
  await app.listen(0, '127.0.0.1');
  await db.query('CREATE SCHEMA IF NOT EXISTS bench_bare');
  await db.query('CREATE TABLE IF NOT EXISTS bench_bare.raw_events (LIKE intake.events INCLUDING ALL)');
  const bare = await startBareRoutes(app, db, 'bench_bare.raw_events');
  const runtimes = [IntakeRuntime, GovernancePledgesRuntime, EthicsReviewRuntime, AllocationRuntime, AccountingRuntime].map((r) => app.get<{ settled(): Promise<void> }>(r));
  const settle = async () => {
    const handled = async () => {
      for (const runtime of runtimes) await runtime.settled();
      // Under load a consumer can be minutes behind: wait as long as the settle may take.
      await bus.idle(600_000);
    };
    await handled();
    await untilQuiet(() => activitySnapshot(db, SERVICE_SCHEMAS), { pauseMs: 20, stableRounds: 2, timeoutMs: 600_000, between: handled });
  };
  const session = new Session();
  session.connect();
  const post = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  const port = (server: { address(): unknown }) => (server.address() as { port: number }).port;
  process.on('message', (message: { id: number; cmd: string; file?: string; overrides?: Record<string, string | number>; table?: string; batches?: unknown; count?: number; filter?: { status?: string; organisationId?: string } }) => {
    void (async () => {
      let result: unknown = null;
      if (message.cmd === 'settle') await settle();
      else if (message.cmd === 'memory') result = process.memoryUsage();
      else if (message.cmd === 'statements') result = counted.take();
      else if (message.cmd === 'seed-applications') {
        const started = performance.now();
        await seedApplicationSummaries(db, 'intake', message.count as number);
        result = { ms: performance.now() - started };
      } else if (message.cmd === 'list-sql') {
        result = await timeListSql(db, 'intake', message.filter ?? {}, 50);
      } else if (message.cmd === 'activate') {
        // As allocation announces an award (the tests publish it the same way): usage for the project is charged.
        const data = {
          allocationId: 'alloc-bench', applicationId: 'app-bench', organisationId: 'org-bench', projectId: 'EHPC-AIF-2026PG01-9000', mode: 'playground',
          system: 'lumi', partition: 'lumi-g', gpuHours: 5000, monthlyQuotaGpuHours: 1667, start: '2026-11-01', end: '2027-01-31', activatedAt: '2026-11-01T08:00:00Z',
          ...message.overrides,
        };
        const event = createIntegrationEvent(AllocationEvents.AllocationActivated, { id: newEventId(), subject: data.allocationId, time: new Date().toISOString(), correlationId: newEventId(), causationId: null, data });
        await bus.publish(topicFor(AllocationEvents.AllocationActivated.context), [event]);
        await settle();
      } else if (message.cmd === 'raw-usage') {
        const table = `bench_bare.usage_${message.table}`;
        await createRawUsageTable(db, table);
        const started = performance.now();
        for (const batch of message.batches as UsageRow[][]) await rawUsageInsert(db, table, batch);
        result = { ms: performance.now() - started };
      }
      else if (message.cmd === 'profile-start') {
        await post('Profiler.enable');
        await post('Profiler.setSamplingInterval', { interval: 200 });
        await post('Profiler.start');
      } else if (message.cmd === 'profile-stop') {
        const { profile } = (await post('Profiler.stop')) as { profile: unknown };
        writeFileSync(message.file as string, JSON.stringify(profile));
      } else if (message.cmd === 'stop') {
        bare.close();
        await app.close();
        await bus.close();
        rmSync(dataDir, { recursive: true, force: true });
        process.send?.({ id: message.id, result }, () => process.exit(0));
        return;
      }
      process.send?.({ id: message.id, result });
    })().catch((error: unknown) => process.send?.({ id: message.id, error: String(error) }));
  });
  process.send?.({ ready: { platform: port(app.getHttpServer()), bare: port(bare) } });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
