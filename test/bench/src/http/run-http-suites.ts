import { writeFileSync } from 'node:fs';
import { openBenchPostgres } from '../bench-database';
import { progress } from '../progress';
import { formatHttp, writeHttpChart } from './http-report';
import { httpSuite, type HttpResults } from './http-suite';
import { formatIngest, ingestSuite, type IngestResults } from '../ingest/ingest-suite';
import { startPlatformChild } from './platform-child';
import { formatLists, listsSuite, type ListRow } from '../lists/lists-suite';

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

/**
 * BENCH_SUITES=http: the commands of issue 20 over HTTP (BENCH_HTTP_SECONDS, 10, per side;
 * BENCH_HTTP_CONNECTIONS, 8; BENCH_HTTP_SCREENINGS, 300 applications screened), on BENCH_ENGINES (embedded on each; distributed mode, one process per service on the mock Kafka, with postgres or alone as BENCH_ENGINES=distributed). BENCH_SUITES=ingest: usage ingest (BENCH_INGEST_IMPORT,
 * 20000 records; BENCH_INGEST_DAY, 50000; BENCH_INGEST_PROFILE=1 also writes CPU profiles of the JSON import and the day). BENCH_SUITES=lists: the application list against the plain
 * indexed query of the same page (BENCH_LIST_APPLICATIONS, 100000 rows; BENCH_LIST_SECONDS, 5). Writes `<results>-http.json` and `-http.svg`.
 */
export async function runHttpSuites(suites: readonly string[], engines: readonly string[], resultsDir: string, resultsFile: string): Promise<void> {
  const stamp = resultsFile.replace(/^.*\//, '').replace(/\.json$/, '');
  let http: HttpResults | undefined;
  if (suites.includes('http')) {
    http = await httpSuite({
      // Distributed mode runs on the server: with it, or alone when asked for by name.
      engines: (['pglite', 'postgres', 'distributed'] as const).filter((e) => engines.includes(e) || (e === 'distributed' && engines.includes('postgres'))),
      seconds: env('BENCH_HTTP_SECONDS', 10),
      connections: env('BENCH_HTTP_CONNECTIONS', 8),
      screenings: env('BENCH_HTTP_SCREENINGS', 300),
      resultsDir,
      stamp,
      postgresUrl: async () => {
        const bench = await openBenchPostgres(1);
        return { url: bench.url as string, dispose: () => bench.dispose() };
      },
    });
    process.stdout.write(`\n${formatHttp(http)}\n\n`);
    writeHttpChart(resultsFile.replace(/\.json$/, '-http.svg'), http.rows, `HTTP commands vs bare route, ratio (${stamp})`);
  }
  const ingest: IngestResults[] = [];
  for (const engine of suites.includes('ingest') ? (['pglite', 'postgres'] as const).filter((e) => engines.includes(e)) : []) {
    const server = engine === 'postgres' ? await openBenchPostgres(1) : undefined;
    progress(`${engine}: starting the embedded platform for the usage ingest`);
    const child = await startPlatformChild(engine, server?.url);
    try {
      const token = await fetch(`${child.platformUrl}/api/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'site', userId: 'site-lumi', siteId: 'csc' }) });
      const { access_token } = (await token.json()) as { access_token: string };
      ingest.push(await ingestSuite(child, engine, access_token, { import: env('BENCH_INGEST_IMPORT', 20_000), day: env('BENCH_INGEST_DAY', 50_000) }, process.env.BENCH_INGEST_PROFILE === '1' ? { dir: resultsDir, stamp } : undefined));
    } finally {
      await child.stop();
      await server?.dispose();
    }
  }
  const lists: ListRow[] = [];
  const applications = env('BENCH_LIST_APPLICATIONS', 100_000);
  for (const engine of suites.includes('lists') ? (['pglite', 'postgres'] as const).filter((e) => engines.includes(e)) : []) {
    const server = engine === 'postgres' ? await openBenchPostgres(1) : undefined;
    progress(`${engine}: starting the embedded platform for the lists`);
    const child = await startPlatformChild(engine, server?.url);
    try {
      lists.push(...(await listsSuite(child, engine, { applications, seconds: env('BENCH_LIST_SECONDS', 5), connections: env('BENCH_HTTP_CONNECTIONS', 8) })));
    } finally {
      await child.stop();
      await server?.dispose();
    }
  }
  if (lists.length) process.stdout.write(`\n${formatLists(lists, applications)}\n\n`);
  for (const result of ingest) process.stdout.write(`\n${formatIngest(result)}\n\n`);
  writeFileSync(resultsFile.replace(/\.json$/, '-http.json'), JSON.stringify({ http, ingest, lists }, null, 2));
  progress(`HTTP results written beside ${resultsFile}`);
}
