import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { PostgresEventStore } from '@hpc-access/eventstore-postgres';
import { type Database } from '@hpc-access/sql';
import { benchAppend, type Timing } from './append-bench';
import { openBenchPglite, openBenchPostgres, type BenchDatabase, type Engine } from './bench-database';
import { bulkLoadEvents } from './bulk-load';
import { replayWithMemorySamples, type MemoryReport } from './memory-bench';
import { progress } from './progress';
import { benchReplay } from './replay-bench';
import { writeRatioChart } from './ratio-chart';
import { formatCpuTable } from './cpu-report';
import { formatMemory, formatTable, resultRow, writeResults, type ResultRow } from './report';
import { formatMessaging, messagingSuite, writeMessagingChart, type MessagingResults } from './messaging/messaging-suite';
import { auditSuite, formatAudit, type AuditRow } from './audit/audit-suite';
import { runHttpSuites } from './http/run-http-suites';

/**
 * Event store benchmarks: append and $all replay on the PostgreSQL server and on PGlite, each
 * beside a plain-SQL baseline of the same rows in the same run, and a memory check over a long
 * replay. Results: a table on stdout, JSON in bench/results/, progress on stderr.
 *
 * Sizes from the environment: BENCH_ENGINES (postgres,pglite), BENCH_ROUND_MS (1000),
 * BENCH_ROUNDS (5), BENCH_WARMUP_MS (400), BENCH_REPLAY_TABLE_EVENTS (200000, server),
 * BENCH_PGLITE_REPLAY_TABLE_EVENTS (100000), BENCH_REPLAY_PAGE (1000), BENCH_REPLAY_ROUNDS (3),
 * BENCH_REPLAY_EVENTS (1000000, the memory check; 0 skips it), BENCH_POSTGRES_URL.
 * Messaging (relay throughput, command-to-read-model latency, on the test Kafka): BENCH_SUITES
 * (eventstore,messaging,audit), BENCH_RELAY_EVENTS (20000), BENCH_COMMAND_RATE (500), BENCH_LATENCY_SECONDS (10).
 * The auditor's tool (hpc-audit verify against a plain read of the same events, on BENCH_ENGINES):
 * BENCH_AUDIT_EVENTS (200000, server), BENCH_PGLITE_AUDIT_EVENTS (50000), BENCH_AUDIT_ROUNDS (3).
 */
const env = (name: string, fallback: number) => {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : Number(value);
};

const config = {
  engines: (process.env.BENCH_ENGINES ?? 'postgres,pglite').split(',').map((e) => e.trim()) as Engine[],
  timing: { roundMs: env('BENCH_ROUND_MS', 1000), rounds: env('BENCH_ROUNDS', 5), warmupMs: env('BENCH_WARMUP_MS', 400) } satisfies Timing,
  batches: [1, 10],
  writers: [1, 8, 32],
  replayEvents: { postgres: env('BENCH_REPLAY_TABLE_EVENTS', 200_000), pglite: env('BENCH_PGLITE_REPLAY_TABLE_EVENTS', 100_000) },
  replayPage: env('BENCH_REPLAY_PAGE', 1000),
  replayRounds: env('BENCH_REPLAY_ROUNDS', 3),
  memoryEvents: env('BENCH_REPLAY_EVENTS', 1_000_000),
  resultsDir: resolve(process.cwd(), 'bench', 'results'),
  suites: (process.env.BENCH_SUITES ?? 'eventstore,messaging,audit').split(',').map((s) => s.trim()),
  messaging: { relayEvents: env('BENCH_RELAY_EVENTS', 20_000), rate: env('BENCH_COMMAND_RATE', 500), seconds: env('BENCH_LATENCY_SECONDS', 10) },
  audit: { events: { postgres: env('BENCH_AUDIT_EVENTS', 200_000), pglite: env('BENCH_PGLITE_AUDIT_EVENTS', 50_000) }, pageSize: 2000, rounds: env('BENCH_AUDIT_ROUNDS', 3) },
};

const openEngine = (engine: Engine): Promise<BenchDatabase> => (engine === 'postgres' ? openBenchPostgres(40) : openBenchPglite());

async function appendCases(bench: BenchDatabase, rows: ResultRow[]): Promise<void> {
  for (const batch of config.batches) {
    for (const writers of config.writers) {
      const schema = `append_b${batch}_w${writers}`;
      progress(`${bench.engine}: append, ${batch} event(s) per append, ${writers} writer(s)`);
      await PostgresEventStore.open(bench.db, { schema });
      const measured = await benchAppend(bench.db, schema, { engine: bench.engine, batch, writers }, config.timing);
      const row = resultRow(bench.engine, 'append', batch, writers, measured);
      progress(
        `  ${Math.round(row.store.eventsPerSecond)} ev/s vs raw ${Math.round(row.baseline.eventsPerSecond)} ev/s: ratio ${row.ratio.toFixed(2)}` +
          ` (without encryption ${row.withoutEncryption?.ratio.toFixed(2)})`,
      );
      rows.push(row);
      await bench.db.query(`DROP SCHEMA ${schema} CASCADE`);
      await bench.db.query(`DROP SCHEMA ${schema}_plain CASCADE`);
    }
  }
}

async function replayCase(bench: BenchDatabase, rows: ResultRow[]): Promise<void> {
  const count = config.replayEvents[bench.engine];
  const store = await PostgresEventStore.open(bench.db, { schema: 'replay' });
  progress(`${bench.engine}: loading ${count} events for the replay`);
  await bulkLoadEvents(bench.db, 'replay', count, (loaded) => progress(`  loaded ${loaded}`));
  progress(`${bench.engine}: replay $all, pages of ${config.replayPage}`);
  const row = resultRow(bench.engine, 'replay', config.replayPage, 1, await benchReplay(bench.db, store, config.replayPage, config.replayRounds));
  progress(`  ${Math.round(row.store.eventsPerSecond)} ev/s vs raw ${Math.round(row.baseline.eventsPerSecond)} ev/s: ratio ${row.ratio.toFixed(2)}`);
  rows.push(row);
  await bench.db.query('DROP SCHEMA replay CASCADE');
}

async function memoryCase(db: Database): Promise<MemoryReport> {
  const store = await PostgresEventStore.open(db, { schema: 'memory' });
  progress(`postgres: loading ${config.memoryEvents} events for the memory check`);
  await bulkLoadEvents(db, 'memory', config.memoryEvents, (loaded) => loaded % 200_000 === 0 && progress(`  loaded ${loaded}`));
  progress('postgres: replaying them with memory samples');
  const report = await replayWithMemorySamples(store, config.replayPage, (events) => progress(`  replayed ${events}`));
  await db.query('DROP SCHEMA memory CASCADE');
  return report;
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const rows: ResultRow[] = [];
  const engines: Record<string, Record<string, string>> = {};
  let memory: MemoryReport | undefined;
  let messaging: MessagingResults | undefined;
  let audit: AuditRow[] | undefined;
  if (config.suites.includes('messaging')) {
    const bench = await openBenchPostgres(20);
    try {
      messaging = await messagingSuite(bench.db, bench.url as string, config.messaging);
    } finally {
      await bench.dispose();
    }
  }
  for (const engine of config.suites.includes('eventstore') ? config.engines : []) {
    const bench = await openEngine(engine);
    try {
      engines[engine] = await bench.describe();
      await appendCases(bench, rows);
      await replayCase(bench, rows);
      if (engine === 'postgres' && config.memoryEvents > 0) memory = await memoryCase(bench.db);
    } finally {
      await bench.dispose();
    }
  }
  if (config.suites.includes('audit')) audit = await auditSuite({ ...config.audit, engines: config.engines });
  // A messaging-only run has no event-store rows: no empty table.
  if (rows.length > 0) process.stdout.write(`\n${formatTable(rows)}\n\n`);
  const cpuTable = formatCpuTable(rows);
  if (cpuTable) process.stdout.write(`${cpuTable}\n\n`);
  if (memory) process.stdout.write(`${formatMemory(memory)}\n\n`);
  const targetsMet = rows.every((r) => r.met);
  if (rows.length > 0) process.stdout.write(`targets (store >= 0.8x baseline everywhere): ${targetsMet ? 'met' : 'NOT met'}\n`);
  if (messaging) process.stdout.write(`\n${formatMessaging(messaging)}\n\n`);
  if (audit) process.stdout.write(`\n${formatAudit(audit)}\n\n`);
  const file = writeResults(config.resultsDir, {
    startedAt,
    finishedAt: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    engines,
    config,
    results: rows,
    memory: memory && { ...memory, samples: memory.samples.filter((_, i) => i % 10 === 0) },
    messaging,
    audit,
    targetsMet,
  });
  const chart = file.replace(/\.json$/, '.svg');
  if (rows.length > 0) writeRatioChart(chart, rows, `Event store vs raw SQL, events/s ratio (${startedAt})`);
  const messagingChart = file.replace(/\.json$/, '-messaging.svg');
  if (messaging) writeMessagingChart(messagingChart, messaging);
  if (config.suites.some((s) => s === 'http' || s === 'ingest' || s === 'lists')) await runHttpSuites(config.suites, config.engines, config.resultsDir, file);
  progress(`results written to ${file}; charts ${rows.length > 0 ? chart : ''} ${messaging ? messagingChart : ''}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
