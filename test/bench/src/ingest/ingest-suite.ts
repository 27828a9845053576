import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { progress } from '../progress';
import type { PlatformChild } from '../http/platform-child';
import { formatProfile, summariseProfileFile, type ProfileSummary } from '../http/profile-summary';
/** One job record, as JSON uploads carry it. */
export interface UsageRow { system: string; jobId: string; account: string; partition: string; start: string; end: string; elapsedRaw: number; state: string; allocTres: string; consumedEnergyRaw: number }

export interface IngestRow {
  engine: string;
  case: string;
  records: number;
  /** Records per second through HTTP (parse, validate, charge, store, answer). */
  perSecond: number;
  /** The same rows by multi-row INSERT into a plain table, in the same process and database. */
  rawPerSecond: number;
  ratio: number;
  accepted: number;
}

export interface MemorySample { atMs: number; records: number; heapUsedMb: number; rssMb: number }

export interface IngestResults {
  rows: IngestRow[];
  /** The platform's heap and RSS while the day was sent. */
  memory: MemorySample[];
  /** A single batch of each of these sizes, with the status it got (the issue saw failures above ~600). */
  batchSizes: Array<{ records: number; status: number }>;
  /** Statements the platform sent per batch of the day, with their reactions (the kinds most sent first). */
  perBatch?: { statements: number; transactions: number; kinds: Array<{ kind: string; perBatch: number }> };
  /** BENCH_INGEST_PROFILE=1: CPU profiles of the JSON import and of the day (their rates then carry the profiler's cost). */
  profiles: Array<{ case: string; file: string; records: number; summary: ProfileSummary }>;
}

const SACCT_HEADER = 'JobID|Account|Partition|Start|End|ElapsedRaw|State|AllocTRES|ConsumedEnergyRaw';
/** The site agent's default batch (services/site-agent config `usage.batchSize`). */
export const AGENT_BATCH = 500;

/** A LUMI-G job of one node for six minutes, ended within the allocation's first months. */
function job(n: number, account: string): UsageRow {
  const end = new Date(Date.UTC(2026, 10, 1, 12) + n * 1000);
  const start = new Date(end.getTime() - 360_000);
  const iso = (d: Date) => d.toISOString().slice(0, 19);
  return { system: 'lumi', jobId: String(n), account, partition: 'lumi-g', start: `${iso(start)}Z`, end: `${iso(end)}Z`, elapsedRaw: 360, state: 'COMPLETED', allocTres: 'billing=128,cpu=128,gres/gpu=8,node=1', consumedEnergyRaw: 360_000 };
}
const sacctText = (rows: readonly UsageRow[]) =>
  [SACCT_HEADER, ...rows.map((r) => `${r.jobId}|${r.account}|${r.partition}|${r.start.slice(0, 19)}|${r.end.slice(0, 19)}|${r.elapsedRaw}|${r.state}|${r.allocTres}|${r.consumedEnergyRaw}`)].join('\n') + '\n';

async function post(child: PlatformChild, token: string, path: string, body: string, contentType: string, key?: string): Promise<{ status: number; report: { accepted?: number } }> {
  const send = () => fetch(`${child.platformUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType, ...(key ? { 'idempotency-key': key } : {}) },
    body,
  });
  // A kept-alive connection the server closed while idle (its 5 s keep-alive, passed while the bench
  // set up an allocation on a loaded machine) resets on reuse before the request reached it; the
  // bench sends it again, as the agent does with its Idempotency-Key. Without one, a request that
  // had been taken would show as duplicates in the "accepted" column.
  const response = await send().catch((error: unknown) => {
    progress(`  ${path}: ${String((error as Error).cause ?? error)}; sent again${key ? ' with the same Idempotency-Key' : ''}`);
    return send();
  });
  const text = await response.text();
  if (response.status >= 300) progress(`  ${path}: ${response.status} ${text.slice(0, 300)}`);
  return { status: response.status, report: response.status < 300 ? (JSON.parse(text) as { accepted?: number }) : {} };
}

/**
 * Usage ingest (issue 20): one import of 20,000 records as JSON and as sacct text, and a day of
 * 50,000 records sent in the agent's batches of 500 as sacct with an Idempotency-Key each, one
 * after the other as the agent sends them; each beside the same rows by plain multi-row INSERT.
 */
export async function ingestSuite(child: PlatformChild, engine: string, token: string, sizes: { import: number; day: number }, profileTo?: { dir: string; stamp: string }): Promise<IngestResults> {
  const results: IngestResults = { rows: [], memory: [], batchSizes: [], profiles: [] };
  const profiled = async <T>(name: string, records: number, work: () => Promise<T>): Promise<T> => {
    if (!profileTo) return work();
    const file = join(profileTo.dir, `${profileTo.stamp}-ingest-${engine}-${name}.cpuprofile`);
    await child.call('profile-start');
    const result = await work();
    await child.call('settle');
    await child.call('profile-stop', { file });
    results.profiles.push({ case: name, file, records, summary: summariseProfileFile(file) });
    return result;
  };
  let project = 0;
  const account = async () => {
    project += 1;
    const projectId = `EHPC-AIF-2026PG01-${9000 + project}`;
    await child.call('activate', { overrides: { allocationId: `alloc-bench-${project}`, projectId, gpuHours: 10_000_000, monthlyQuotaGpuHours: 5_000_000 } });
    return projectId;
  };
  let nextJob = project * 1_000_000;
  const jobs = (count: number, acct: string) => Array.from({ length: count }, () => job(++nextJob, acct));
  const rawRate = async (table: string, batches: UsageRow[][]) => {
    const { ms } = await child.call<{ ms: number }>('raw-usage', { table, batches });
    return batches.reduce((n, b) => n + b.length, 0) / (ms / 1000);
  };
  const row = (name: string, records: number, seconds: number, raw: number, accepted: number) => {
    const r = { engine, case: name, records, perSecond: records / seconds, rawPerSecond: raw, ratio: records / seconds / raw, accepted };
    results.rows.push(r);
    progress(`  ${name}: ${r.perSecond.toFixed(0)} records/s vs raw ${raw.toFixed(0)}: ratio ${r.ratio.toFixed(2)} (${accepted} accepted)`);
  };

  for (const size of [600, 1000, 5000]) {
    const rows = jobs(size, await account());
    results.batchSizes.push({ records: size, status: (await post(child, token, '/api/accounting/usage/sacct?system=lumi', sacctText(rows), 'text/plain')).status });
  }
  progress(`${engine}: single batches ${results.batchSizes.map((b) => `${b.records} -> ${b.status}`).join(', ')}`);

  for (const format of ['json', 'sacct'] as const) {
    progress(`${engine}: one import of ${sizes.import} records as ${format}`);
    const rows = jobs(sizes.import, await account());
    const body = format === 'json' ? JSON.stringify({ records: rows }) : sacctText(rows);
    const started = performance.now();
    const send = () => post(child, token, format === 'json' ? '/api/accounting/usage' : '/api/accounting/usage/sacct?system=lumi', body, format === 'json' ? 'application/json' : 'text/plain');
    const answer = format === 'json' ? await profiled('import-json', sizes.import, send) : await send();
    const seconds = (performance.now() - started) / 1000;
    await child.call('settle');
    row(`import of ${sizes.import} (${format})`, sizes.import, seconds, await rawRate(`import_${format}`, [rows]), answer.report.accepted ?? 0);
  }

  progress(`${engine}: a day of ${sizes.day} records in batches of ${AGENT_BATCH} (sacct, Idempotency-Key, one at a time)`);
  const dayRows = jobs(sizes.day, await account());
  const batches = Array.from({ length: Math.ceil(dayRows.length / AGENT_BATCH) }, (_, i) => dayRows.slice(i * AGENT_BATCH, (i + 1) * AGENT_BATCH));
  const started = performance.now();
  let sent = 0;
  let accepted = 0;
  const sample = async () => {
    const m = await child.call<NodeJS.MemoryUsage>('memory');
    results.memory.push({ atMs: Math.round(performance.now() - started), records: sent, heapUsedMb: m.heapUsed / 2 ** 20, rssMb: m.rss / 2 ** 20 });
  };
  await sample();
  await child.call('statements');
  await profiled('day', sizes.day, async () => {
    for (const batch of batches) {
      const text = sacctText(batch);
      const key = createHash('sha256').update(text).digest('hex').slice(0, 32);
      accepted += (await post(child, token, '/api/accounting/usage/sacct?system=lumi', text, 'text/plain', key)).report.accepted ?? 0;
      sent += batch.length;
      if ((sent / AGENT_BATCH) % 5 === 0) await sample();
    }
  });
  const seconds = (performance.now() - started) / 1000;
  await child.call('settle');
  const counted = await child.call<{ statements: number; transactions: number; kinds: Array<{ kind: string; count: number }> }>('statements');
  results.perBatch = { statements: counted.statements / batches.length, transactions: counted.transactions / batches.length, kinds: counted.kinds.slice(0, 20).map((k) => ({ kind: k.kind, perBatch: k.count / batches.length })) };
  await sample();
  row(`day of ${sizes.day} in batches of ${AGENT_BATCH} (sacct)`, sizes.day, seconds, await rawRate('day', batches), accepted);
  return results;
}

export function formatIngest(results: IngestResults): string {
  const lines = ['Usage ingest (records/s; raw = the same rows by multi-row INSERT of 1,000 in the platform process, same database)'];
  lines.push(`${'engine'.padEnd(7)} ${'case'.padEnd(40)} ${'records/s'.padStart(10)} ${'raw/s'.padStart(9)} ${'ratio'.padStart(6)} ${'accepted'.padStart(9)}`);
  for (const r of results.rows) lines.push(`${r.engine.padEnd(7)} ${r.case.padEnd(40)} ${r.perSecond.toFixed(0).padStart(10)} ${r.rawPerSecond.toFixed(0).padStart(9)} ${r.ratio.toFixed(2).padStart(6)} ${String(r.accepted).padStart(9)}`);
  lines.push(`single batches: ${results.batchSizes.map((b) => `${b.records} records -> HTTP ${b.status}`).join(', ')}`);
  const heap = results.memory.map((m) => m.heapUsedMb);
  const rss = results.memory.map((m) => m.rssMb);
  if (heap.length) {
    lines.push(`memory over the day (${heap.length} samples): heap ${Math.min(...heap).toFixed(0)}..${Math.max(...heap).toFixed(0)} MB (first ${heap[0].toFixed(0)}, last ${heap[heap.length - 1].toFixed(0)}), ` +
      `RSS ${Math.min(...rss).toFixed(0)}..${Math.max(...rss).toFixed(0)} MB (first ${rss[0].toFixed(0)}, last ${rss[rss.length - 1].toFixed(0)})`);
  }
  if (results.perBatch) {
    lines.push(`per batch of the day, with its reactions: ${results.perBatch.statements.toFixed(1)} statements in ${results.perBatch.transactions.toFixed(1)} transactions`);
    for (const k of results.perBatch.kinds) lines.push(`  ${k.perBatch.toFixed(2).padStart(6)}  ${k.kind}`);
  }
  for (const p of results.profiles) lines.push('', formatProfile(p.summary, p.records).replace('under the draft load', `over the ${p.case}`).replace(/us\/req/g, 'us/record').replace(/drafts\)/, 'records)'), `  (${p.file})`);
  return lines.join('\n');
}
