import { progress } from '../progress';
import { load, type LoadResult } from '../http/load';
import type { PlatformChild } from '../http/platform-child';

/** Issue 20's target for lists: at least 0.8x the plain indexed query of the same page. */
export const LIST_TARGET = 0.8;

export interface ListRow {
  engine: string;
  case: string;
  platform: LoadResult;
  baseline: LoadResult;
  ratio: number;
  /** The list's SQL alone (count + LIMIT/OFFSET page) against the plain query, ms per page, sequential. */
  sql: { listMs: number; plainMs: number; ratio: number };
}

interface ListCase {
  name: string;
  role: 'intake-officer' | 'applicant';
  /** The platform's query string (the bare route takes the same filters). */
  query: string;
  /** The same filters as the SQL sees them. */
  filter: { status?: string; organisationId?: string };
}

/** A staff list of every application, one status of them, and an applicant's own organisation's (500 of 100,000). */
const CASES: ListCase[] = [
  { name: 'all, page 1 (officer)', role: 'intake-officer', query: 'pageSize=20', filter: {} },
  { name: 'status=submitted, page 1 (officer)', role: 'intake-officer', query: 'status=submitted&pageSize=20', filter: { status: 'submitted' } },
  { name: 'own organisation, page 1 (applicant)', role: 'applicant', query: 'pageSize=20', filter: { organisationId: 'org-bench-7' } },
];

async function tokenOf(child: PlatformChild, role: string): Promise<string> {
  const body = role === 'applicant' ? { role, userId: 'bench-lists-kadri', organisationId: 'org-bench-7' } : { role, userId: 'bench-lists-olga', organisationId: 'org-bench-office' };
  const response = await fetch(`${child.platformUrl}/api/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return ((await response.json()) as { access_token: string }).access_token;
}

/**
 * Lists (issue 20): `GET /api/applications` against `GET /bare/list` (the same token check, then
 * the plain indexed query of the same page: no count, no framework) with `applications` rows in
 * the read model, written straight into its table in a fresh database. Same connections and
 * duration both sides, platform first then bare, for each case.
 */
export async function listsSuite(child: PlatformChild, engine: string, config: { applications: number; seconds: number; connections: number }): Promise<ListRow[]> {
  progress(`${engine}: seeding ${config.applications} applications into the read model`);
  const { ms } = await child.call<{ ms: number }>('seed-applications', { count: config.applications });
  progress(`  seeded in ${(ms / 1000).toFixed(1)} s`);
  const rows: ListRow[] = [];
  for (const c of CASES) {
    const token = await tokenOf(child, c.role);
    const spec = { token, method: 'GET' as const, connections: config.connections, seconds: config.seconds };
    const sample = await fetch(`${child.platformUrl}/api/applications?${c.query}`, { headers: { authorization: `Bearer ${token}` } });
    const page = (await sample.json()) as { total?: number; items?: unknown[] };
    if (!sample.ok || page.items?.length !== 20) throw new Error(`list ${c.query}: ${sample.status} ${JSON.stringify(page).slice(0, 200)}`);
    await load({ ...spec, seconds: 2, url: child.platformUrl, path: `/api/applications?${c.query}` });
    await load({ ...spec, seconds: 2, url: child.bareUrl, path: `/bare/list?${c.query}` });
    progress(`${engine}: list ${c.name} (total ${page.total})`);
    const platform = await load({ ...spec, url: child.platformUrl, path: `/api/applications?${c.query}` });
    const baseline = await load({ ...spec, url: child.bareUrl, path: `/bare/list?${c.query}` });
    const sql = await child.call<{ listMs: number; plainMs: number }>('list-sql', { filter: c.filter });
    const row = { engine, case: c.name, platform, baseline, ratio: platform.perSecond / baseline.perSecond, sql: { ...sql, ratio: sql.plainMs / sql.listMs } };
    progress(`  platform ${platform.perSecond.toFixed(0)}/s (p50 ${platform.p50} ms), bare ${baseline.perSecond.toFixed(0)}/s (p50 ${baseline.p50} ms): ratio ${row.ratio.toFixed(2)}; ` +
      `SQL alone ${sql.listMs.toFixed(2)} ms vs plain ${sql.plainMs.toFixed(2)} ms: ratio ${row.sql.ratio.toFixed(2)}`);
    rows.push(row);
  }
  return rows;
}

export function formatLists(rows: readonly ListRow[], applications: number): string {
  const lines = [`Lists with ${applications} applications in the read model (req/s; bare = same token check + plain indexed query of the same page; target ${LIST_TARGET}x;\n SQL = the list's own SQL, count + page, ms per page read alone, beside the plain query of the page)`];
  lines.push(`${'engine'.padEnd(7)} ${'case'.padEnd(38)} ${'list/s'.padStart(7)} ${'p50'.padStart(5)} ${'p99'.padStart(5)} ${'bare/s'.padStart(7)} ${'p50'.padStart(5)} ${'p99'.padStart(5)} ${'ratio'.padStart(6)} ${'SQL ms'.padStart(7)} ${'plain'.padStart(6)} ${'ratio'.padStart(6)}`);
  for (const r of rows) {
    lines.push(`${r.engine.padEnd(7)} ${r.case.padEnd(38)} ${r.platform.perSecond.toFixed(0).padStart(7)} ${String(r.platform.p50).padStart(5)} ${String(r.platform.p99).padStart(5)} ` +
      `${r.baseline.perSecond.toFixed(0).padStart(7)} ${String(r.baseline.p50).padStart(5)} ${String(r.baseline.p99).padStart(5)} ${r.ratio.toFixed(2).padStart(6)} ` +
      `${r.sql.listMs.toFixed(2).padStart(7)} ${r.sql.plainMs.toFixed(2).padStart(6)} ${r.sql.ratio.toFixed(2).padStart(6)}${r.ratio >= LIST_TARGET ? '' : '  (below target)'}`);
  }
  return lines.join('\n');
}
