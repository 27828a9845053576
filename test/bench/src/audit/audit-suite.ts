import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventSchemas, exportBundle } from '@hpc-access/audit-bundle';
import { openPglite } from '@hpc-access/sql';
import { openBenchPostgres, type Engine } from '../bench-database';
import { progress } from '../progress';
import { appendChainedEvents } from './chained-events';
import { runBundleParse, runPlainRead, runVerify, type ProcessRun } from './run-verify';

/** Issue 17: verify runs at least at half the speed of a plain read of the same events. */
export const AUDIT_TARGET_RATIO = 0.5;
const SCHEMA = 'audit_bench';

export interface AuditRow {
  /** The engine, or `bundle` (verify --bundle against a bare JSON.parse of each line). */
  engine: Engine | 'bundle';
  events: number;
  pageSize: number;
  /** Medians over the rounds, events per second. */
  plainReadEventsPerSecond: number;
  verifyEventsPerSecond: number;
  /** The whole hpc-audit process, start-up and connection included. */
  verifyWallEventsPerSecond: number;
  ratio: number;
  met: boolean;
}

export interface AuditConfig {
  engines: Engine[];
  events: Record<Engine, number>;
  pageSize: number;
  rounds: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * hpc-audit verify against a plain read of the same events, in the same run, alternating, after
 * one pass of each that is not reported (the database's caches). Each runs in a fresh process of
 * its own, as an auditor runs the tool, timed from when its database is open.
 */
export async function auditSuite(config: AuditConfig): Promise<AuditRow[]> {
  const rows: AuditRow[] = [];
  for (const engine of config.engines) rows.push(...(engine === 'postgres' ? [await onPostgres(config)] : await onPglite(config)));
  return rows;
}

async function onPostgres(config: AuditConfig): Promise<AuditRow> {
  const bench = await openBenchPostgres(4);
  try {
    progress(`audit: postgres, appending ${config.events.postgres} chained events through the store`);
    await appendChainedEvents(bench.db, SCHEMA, config.events.postgres, (n) => progress(`  appended ${n}`));
    const source = ['--database', bench.url as string, '--schemas', SCHEMA];
    return await measure('postgres', config, () => runPlainRead(bench.url as string, SCHEMA, config.pageSize), () => runVerify(source, config.pageSize));
  } finally {
    await bench.dispose();
  }
}

/** The data directory's verify, then a bundle exported from it: verify --bundle against a bare parse of its lines. */
async function onPglite(config: AuditConfig): Promise<AuditRow[]> {
  // On disk, as embedded mode keeps it: the tool opens the data directory in its own process.
  const dataDir = mkdtempSync(join(tmpdir(), 'hpc-audit-bench-'));
  const pgliteDir = join(dataDir, 'pglite');
  try {
    progress(`audit: pglite, appending ${config.events.pglite} chained events through the store`);
    const db = await openPglite(pgliteDir);
    await appendChainedEvents(db, SCHEMA, config.events.pglite, (n) => progress(`  appended ${n}`));
    const file = join(dataDir, 'bundle.jsonl');
    await exportBundle(db, await eventSchemas(db), file, { setTotal: () => undefined, add: () => undefined });
    await db.close();
    const pglite = await measure('pglite', config, () => runPlainRead(dataDir, SCHEMA, config.pageSize), () => runVerify(['--data-dir', dataDir], config.pageSize));
    return [pglite, await measure('bundle', config, () => runBundleParse(file), () => runVerify(['--bundle', file], config.pageSize))];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measure(engine: AuditRow['engine'], config: AuditConfig, read: () => Promise<ProcessRun>, verify: () => Promise<ProcessRun>): Promise<AuditRow> {
  await read();
  await verify();
  const reads: number[] = [];
  const verifies: number[] = [];
  const walls: number[] = [];
  let events = 0;
  for (let round = 1; round <= config.rounds; round++) {
    const plain = await read();
    const tool = await verify();
    if (!tool.ok || tool.events !== plain.events) throw new Error(`verify saw ${tool.events} events (ok: ${tool.ok}), the read ${plain.events}`);
    events = plain.events;
    reads.push(plain.events / plain.seconds);
    verifies.push(tool.events / tool.seconds);
    walls.push(tool.events / tool.wallSeconds);
    progress(`  round ${round}: plain read ${Math.round(reads.at(-1)!)} ev/s, verify ${Math.round(verifies.at(-1)!)} ev/s (whole process ${Math.round(walls.at(-1)!)} ev/s)`);
  }
  const plainReadEventsPerSecond = median(reads);
  const verifyEventsPerSecond = median(verifies);
  const ratio = verifyEventsPerSecond / plainReadEventsPerSecond;
  return { engine, events, pageSize: config.pageSize, plainReadEventsPerSecond, verifyEventsPerSecond, verifyWallEventsPerSecond: median(walls), ratio, met: ratio >= AUDIT_TARGET_RATIO };
}

export function formatAudit(rows: AuditRow[]): string {
  const lines = [
    'hpc-audit verify vs a plain read | events  | plain read ev/s | verify ev/s | whole process ev/s | ratio | target',
    '---------------------------------|---------|----------------|-------------|--------------------|-------|-------',
  ];
  for (const r of rows) {
    lines.push(
      `${r.engine.padEnd(33)}| ${String(r.events).padEnd(8)}| ${String(Math.round(r.plainReadEventsPerSecond)).padEnd(15)}| ${String(Math.round(r.verifyEventsPerSecond)).padEnd(12)}| ` +
        `${String(Math.round(r.verifyWallEventsPerSecond)).padEnd(19)}| ${r.ratio.toFixed(2)}  | >= ${AUDIT_TARGET_RATIO} ${r.met ? 'met' : 'NOT met'}`,
    );
  }
  return lines.join('\n');
}
