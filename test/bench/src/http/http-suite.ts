import { join } from 'node:path';
import { organisationBody, proposalBody } from '@hpc-access/service-testing';
import { progress } from '../progress';
import { load, type LoadResult } from './load';
import { startPlatformChild, type PlatformChild } from './platform-child';
import { summariseProfileFile, type ProfileSummary } from './profile-summary';

export interface HttpRow {
  engine: string;
  command: string;
  platform: LoadResult;
  baseline: LoadResult;
  ratio: number;
  /** p99 at half the measured maximum rate (open loop, autocannon overallRate). */
  halfRate?: { rate: number; platform: LoadResult; baseline: LoadResult };
  /** Statements and transactions the platform sent its database per command, reactions included (until settled). */
  perCommand?: { statements: number; transactions: number; kinds: Array<{ kind: string; perCommand: number }> };
  /** The cross-service command: until every reaction (ethics case, hold) was recorded. */
  settled?: { perSecond: number; settleSeconds: number };
}

export interface HttpResults {
  rows: HttpRow[];
  profile?: { file: string; requests: number; summary: ProfileSummary };
}

export interface HttpConfig {
  engines: Array<'pglite' | 'postgres' | 'distributed'>;
  seconds: number;
  connections: number;
  /** How many of the submitted applications are screened (BENCH_HTTP_SCREENINGS). */
  screenings: number;
  resultsDir: string;
  stamp: string;
  postgresUrl?: () => Promise<{ url: string; dispose(): Promise<void> }>;
}

/** The server's administrative connection: distributed mode creates its scratch database through it. */
const postgresAdminUrl = () => process.env.BENCH_POSTGRES_URL ?? process.env.HPC_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** What the platform process counted since it was last asked (statement-count.ts). */
interface Counted { statements: number; transactions: number; kinds?: Array<{ kind: string; count: number }> }

const ORGANISATION = 'org-bench-aurora';
const ANY_UUID = '0193a1b2-c3d4-7e5f-8a6b-9c0d1e2f3a4b';
// A complete playground proposal within the programme's limits: submittable and eligible.
const DRAFT = { organisationId: ORGANISATION, proposal: proposalBody({ mode: 'playground', gpuHours: 4000, durationMonths: 2, monthlyUsagePlan: [2000, 2000] }) };
const ELIGIBLE = { decision: 'eligible', note: 'All rules pass.' };

async function tokenOf(child: PlatformChild, body: Record<string, string>): Promise<string> {
  const response = await fetch(`${child.platformUrl}/api/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function send(child: PlatformChild, token: string, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${child.platformUrl}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

const say = (label: string, r: LoadResult) =>
  progress(`  ${label}: ${r.perSecond.toFixed(0)}/s, p50 ${r.p50} ms, p99 ${r.p99} ms${r.failed ? `, ${r.failed} failed` : ''}`);

/** The commands of issue 20 over HTTP against the embedded platform, each beside its bare route. */
async function engineRows(child: PlatformChild, engine: string, config: HttpConfig, results: HttpResults): Promise<void> {
  const base = { connections: config.connections };
  const applicant = await tokenOf(child, { role: 'applicant', userId: 'bench-kadri', organisationId: ORGANISATION });
  const officer = await tokenOf(child, { role: 'intake-officer', userId: 'bench-olga', organisationId: 'org-bench-office' });
  // The applicant's organisation is registered and has signed the pledge: its applications are eligible.
  await send(child, applicant, 'POST', '/api/organisations', organisationBody({ legalName: 'Bench Aurora OÜ' }));
  await child.call('settle');
  const versions = await send(child, applicant, 'GET', '/api/governance/pledge-versions');
  await send(child, applicant, 'POST', `/api/governance/organisations/${ORGANISATION}/signatures`, { pledgeVersion: versions.currentVersion, optionalCommitments: [] });
  await child.call('settle');
  const warm = { ...base, seconds: 2 };
  await load({ ...warm, url: child.platformUrl, path: '/api/applications', token: applicant, body: DRAFT });
  await load({ ...warm, url: child.bareUrl, path: '/bare/draft', token: applicant, body: DRAFT });
  await child.call('settle');

  const row = (command: string, platform: LoadResult, baseline: LoadResult, statements?: Counted): HttpRow => {
    const perCommand = statements && platform.ok > 0
      ? { statements: statements.statements / platform.ok, transactions: statements.transactions / platform.ok, kinds: (statements.kinds ?? []).slice(0, 25).map((k) => ({ kind: k.kind, perCommand: k.count / platform.ok })) }
      : undefined;
    const r = { engine, command, platform, baseline, ratio: platform.perSecond / baseline.perSecond, ...(perCommand ? { perCommand } : {}) };
    results.rows.push(r);
    return r;
  };
  const timed = { ...base, seconds: config.seconds };

  const statements = async () => {
    await child.call('settle');
    return child.call<Counted>('statements');
  };
  progress(`${engine}: draft an application (${config.seconds} s each side)`);
  const ids: string[] = [];
  await statements();
  const draft = await load({ ...timed, url: child.platformUrl, path: '/api/applications', token: applicant, body: DRAFT, onOk: (b) => ids.push((JSON.parse(b) as { applicationId: string }).applicationId) });
  say('platform', draft);
  const draftStatements = await statements();
  const bareDraft = await load({ ...timed, url: child.bareUrl, path: '/bare/draft', token: applicant, body: DRAFT });
  say('bare', bareDraft);
  const draftRow = row('draft application', draft, bareDraft, draftStatements);
  await child.call('settle');

  progress(`${engine}: submit (${ids.length} drafts, once each)`);
  await statements();
  const submit = await load({ ...base, amount: ids.length, url: child.platformUrl, path: (i) => `/api/applications/${ids[i % ids.length]}/submit`, token: applicant });
  say('platform', submit);
  const submitStatements = await statements();
  const bareSubmit = await load({ ...timed, url: child.bareUrl, path: `/bare/submit/${ANY_UUID}`, token: applicant });
  say('bare', bareSubmit);
  row('submit application', submit, bareSubmit, submitStatements);
  await child.call('settle');

  // The screening phases take a part of the pool: enough for a steady rate, not minutes per engine.
  ids.splice(config.screenings);
  progress(`${engine}: screening started on ${ids.length} (not measured), then the eligible decision`);
  await load({ ...base, amount: ids.length, url: child.platformUrl, path: (i) => `/api/applications/${ids[i % ids.length]}/screening/start`, token: officer });
  await statements();
  const screen = await load({ ...base, amount: ids.length, url: child.platformUrl, path: (i) => `/api/applications/${ids[i % ids.length]}/screening`, token: officer, body: ELIGIBLE });
  say('platform', screen);
  const settleStart = Date.now();
  await child.call('settle');
  const settleSeconds = (Date.now() - settleStart) / 1000;
  const screenStatements = await child.call<Counted>('statements');
  const bareScreen = await load({ ...timed, url: child.bareUrl, path: `/bare/screen/${ANY_UUID}`, token: officer, body: ELIGIBLE });
  say('bare', bareScreen);
  const screenRow = row('eligible screening (ethics case + hold)', screen, bareScreen, screenStatements);
  screenRow.settled = { perSecond: screen.ok / (screen.seconds + settleSeconds), settleSeconds };
  progress(`  reactions settled ${settleSeconds.toFixed(1)} s later: ${screenRow.settled.perSecond.toFixed(0)}/s end to end`);

  progress(`${engine}: register an organisation (staff, minted ids)`);
  const registerBody = organisationBody({ legalName: 'Bench Registered Oy', country: 'FI' });
  await statements();
  const register = await load({ ...timed, url: child.platformUrl, path: '/api/organisations', token: officer, body: registerBody });
  say('platform', register);
  const registerStatements = await statements();
  const bareRegister = await load({ ...timed, url: child.bareUrl, path: '/bare/register', token: officer, body: registerBody });
  say('bare', bareRegister);
  const registerRow = row('register organisation', register, bareRegister, registerStatements);
  await child.call('settle');

  for (const [r, url, path, token, body] of [
    [draftRow, '/api/applications', '/bare/draft', applicant, DRAFT],
    [registerRow, '/api/organisations', '/bare/register', officer, registerBody],
  ] as const) {
    const rate = Math.max(1, Math.floor(r.platform.perSecond / 2));
    progress(`${engine}: ${r.command} at half the platform's maximum, ${rate}/s, both sides`);
    const platform = await load({ ...timed, overallRate: rate, url: child.platformUrl, path: url, token, body });
    say('platform', platform);
    const baseline = await load({ ...timed, overallRate: rate, url: child.bareUrl, path, token, body });
    say('bare', baseline);
    r.halfRate = { rate, platform, baseline };
    await child.call('settle');
  }

  if (engine === 'pglite') {
    progress(`${engine}: CPU profile of the platform under the draft load`);
    const file = join(config.resultsDir, `${config.stamp}-draft.cpuprofile`);
    await child.call('profile-start');
    const profiled = await load({ ...timed, url: child.platformUrl, path: '/api/applications', token: applicant, body: DRAFT });
    await child.call('profile-stop', { file });
    results.profile = { file, requests: profiled.ok, summary: summariseProfileFile(file) };
  }
}

export async function httpSuite(config: HttpConfig): Promise<HttpResults> {
  const results: HttpResults = { rows: [] };
  for (const engine of config.engines) {
    const server = engine === 'postgres' && config.postgresUrl ? await config.postgresUrl() : undefined;
    if (engine === 'postgres' && !server) continue;
    progress(engine === 'distributed' ? 'distributed: starting the gateway and every service, each in its own process' : `${engine}: starting the embedded platform in its own process`);
    const child = await startPlatformChild(engine, engine === 'distributed' ? postgresAdminUrl() : server?.url);
    try {
      await engineRows(child, engine, config, results);
    } finally {
      await child.stop();
      await server?.dispose();
    }
  }
  return results;
}
