import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MemoryReport } from './memory-bench';
import { roundRatioRange, summarise, type Measurement, type Summary } from './stats';

export interface ResultRow {
  engine: string;
  operation: 'append' | 'replay';
  /** Events per append, or events per page read. */
  batch: number;
  writers: number;
  store: Summary;
  baseline: Summary;
  ratio: number;
  /** Lowest and highest ratio of a single round. */
  roundRatios?: { min: number; max: number };
  /** The store alone, without EncryptingEventStore (appends only): what the store itself costs. */
  withoutEncryption?: Summary & { ratio: number };
  target: number;
  met: boolean;
}

export const TARGET_RATIO = 0.8;

export function resultRow(
  engine: string,
  operation: ResultRow['operation'],
  batch: number,
  writers: number,
  m: { store: Measurement; raw: Measurement; storeWithoutEncryption?: Measurement },
): ResultRow {
  const store = summarise(m.store);
  const baseline = summarise(m.raw);
  const ratioTo = (s: Summary) => (baseline.eventsPerSecond > 0 ? s.eventsPerSecond / baseline.eventsPerSecond : 0);
  const ratio = ratioTo(store);
  const plain = m.storeWithoutEncryption && summarise(m.storeWithoutEncryption);
  return {
    engine,
    operation,
    batch,
    writers,
    store,
    baseline,
    ratio,
    roundRatios: roundRatioRange(m.store, m.raw),
    withoutEncryption: plain && { ...plain, ratio: ratioTo(plain) },
    target: TARGET_RATIO,
    met: ratio >= TARGET_RATIO,
  };
}

const fixed = (n: number, digits = 2) => n.toFixed(digits);
const rate = (n: number) => Math.round(n).toLocaleString('en-US');

export function formatTable(rows: readonly ResultRow[]): string {
  const header = ['engine', 'operation', 'batch', 'writers', 'store ev/s', 'p50 ms', 'p99 ms', 'raw ev/s', 'raw p50', 'raw p99', 'ratio', 'rounds', '>= 0.8', 'no-PII ev/s', 'no-PII ratio'];
  const body = rows.map((r) => [
    r.engine,
    r.operation,
    String(r.batch),
    String(r.writers),
    rate(r.store.eventsPerSecond),
    fixed(r.store.p50Ms),
    fixed(r.store.p99Ms),
    rate(r.baseline.eventsPerSecond),
    fixed(r.baseline.p50Ms),
    fixed(r.baseline.p99Ms),
    fixed(r.ratio),
    r.roundRatios ? `${fixed(r.roundRatios.min)}-${fixed(r.roundRatios.max)}` : '-',
    r.met ? 'yes' : 'NO',
    r.withoutEncryption ? rate(r.withoutEncryption.eventsPerSecond) : '-',
    r.withoutEncryption ? fixed(r.withoutEncryption.ratio) : '-',
  ]);
  return formatColumns(header, body, 4);
}

/** A plain-text table: the first `leftAligned` columns (the case) to the left, numbers to the right. */
export function formatColumns(header: readonly string[], body: readonly string[][], leftAligned: number): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i < leftAligned ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function formatMemory(report: MemoryReport): string {
  return [
    `memory during a replay of ${rate(report.events)} events (subscription, ${rate(report.eventsPerSecond)} ev/s, ${fixed(report.seconds, 1)} s):`,
    `  rss   start ${report.start.rssMb} MB, peak ${report.peak.rssMb} MB, end ${report.end.rssMb} MB`,
    `  heap  start ${report.start.heapUsedMb} MB, peak ${report.peak.heapUsedMb} MB, end ${report.end.heapUsedMb} MB`,
  ].join('\n');
}

export function writeResults(directory: string, results: unknown): string {
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
