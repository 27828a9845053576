import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditRuntime } from '@hpc-access/audit';
import { runCli } from '@hpc-access/audit-cli';
import { organisationBody } from '@hpc-access/service-testing';
import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The body as it streams in (supertest keeps no text of a type it does not know); superagent hands the raw response. */
const collect = (res: unknown, done: (error: Error | null, body: unknown) => void) => {
  const stream = res as NodeJS.ReadableStream;
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (text += chunk));
  stream.on('end', () => done(null, text));
};

// GET /api/audit/export: the bundle written by the same writer as `hpc-audit export`, streamed,
// signed with the ledger's key; checked offline by the auditor's tool (ADR 30).
describe('the audit export through the embedded platform', () => {
  let platform: PlatformHarness;
  let auditor: string;
  let dir: string;

  beforeAll(async () => {
    platform = await startPlatform();
    auditor = await platform.token('auditor');
    dir = mkdtempSync(join(tmpdir(), 'hpc-audit-export-e2e-'));
    for (const [organisationId, legalName] of [['org-aurora', 'Aurora Labs'], ['org-borealis', 'Borealis AI Oy']]) {
      const applicant = await platform.token('applicant', { organisationId });
      await platform.http.post('/api/organisations').set(auth(applicant)).send(organisationBody({ organisationId, legalName })).expect(201);
    }
    await platform.settle();
    await platform.app.get(AuditRuntime).checkpointNow();
  });
  afterAll(async () => {
    await platform?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const download = async (query: Record<string, string> = {}) => {
    const res = await platform.http.get('/api/audit/export').query(query).set(auth(auditor)).buffer(true).parse(collect).expect(200);
    return res;
  };
  const verify = async (file: string, key: string) => {
    let stdout = '';
    const code = await runCli(['verify', '--bundle', file, '--verifier-key', key, '--json'], { stdout: (t) => (stdout += t), stderr: () => undefined });
    return { code, report: JSON.parse(stdout) as { ok: boolean; findings: { eventId: string; reason: string }[]; problems: string[]; checked: string[] } };
  };

  it('streams a signed bundle that hpc-audit verify accepts, and names a line altered after the download', async () => {
    const key = (await platform.http.get('/api/audit/ledger/public-key').set(auth(auditor)).expect(200)).body.verifierKey as string;
    const res = await download();
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(res.headers['content-length']).toBeUndefined();
    const lines = (res.body as string).split('\n').slice(0, -1);
    const header = JSON.parse(lines[0]) as { services: Record<string, number> };
    const total = Object.values(header.services).reduce((a, b) => a + b, 0);
    expect(Number(res.headers['x-bundle-events'])).toBe(total);
    expect(lines.filter((line) => line.startsWith('{"record":"event"'))).toHaveLength(total);
    expect(JSON.parse(lines.at(-2)!)).toMatchObject({ record: 'manifest', note: expect.stringContaining(`verifier-key ${key}\n`) });
    const file = join(dir, 'bundle.jsonl');
    writeFileSync(file, res.body as string);
    const good = await verify(file, key);
    expect(good.code).toBe(0);
    expect(good.report.checked).toContainEqual(expect.stringMatching(/^the bundle's manifest signed by hpc-access\.local\/audit-ledger/));

    const altered = readFileSync(file, 'utf8').split('\n');
    const at = altered.findIndex((line) => line.includes('"stream_id":"organisation-org-borealis"'));
    const event = JSON.parse(altered[at]) as { event_id: string; metadata: Record<string, unknown> };
    altered[at] = JSON.stringify({ ...event, metadata: { ...event.metadata, forged: true } });
    writeFileSync(file, altered.join('\n'));
    const bad = await verify(file, key);
    expect(bad.code).toBe(1);
    expect(bad.report.findings[0]).toMatchObject({ eventId: event.event_id, reason: expect.stringMatching(/^hash mismatch/) });
    expect(bad.report.problems).toContainEqual(expect.stringMatching(/SHA-256 .* the bundle was edited after export/));
  });

  it('exports a time range with the inclusion proofs of its events', async () => {
    const key = (await platform.http.get('/api/audit/ledger/public-key').set(auth(auditor)).expect(200)).body.verifierKey as string;
    const all = (await download()).body as string;
    const times = all.split('\n').filter((l) => l.startsWith('{"record":"event"')).map((l) => (JSON.parse(l) as { recorded_at: string }).recorded_at).sort();
    const from = times[Math.floor(times.length / 2)];
    const res = await download({ from });
    const header = JSON.parse((res.body as string).split('\n')[0]) as { range: unknown };
    expect(header.range).toEqual({ from, to: null });
    const file = join(dir, 'range.jsonl');
    writeFileSync(file, res.body as string);
    const verified = await verify(file, key);
    expect(verified.code).toBe(0);
    expect(verified.report.checked).toContainEqual(expect.stringMatching(/event\(s\) proved included/));
  });

  it('answers 400 naming the field for a bad from or to, and refuses an applicant and a site', async () => {
    const bad = await platform.http.get('/api/audit/export').query({ from: 'yesterday' }).set(auth(auditor)).expect(400);
    expect(JSON.stringify(bad.body)).toContain('from');
    const reversed = await platform.http.get('/api/audit/export').query({ from: '2026-03-02T10:00:00Z', to: '2026-03-02T09:00:00Z' }).set(auth(auditor)).expect(400);
    expect(JSON.stringify(reversed.body)).toContain('"field":"from"');
    const badTo = await platform.http.get('/api/audit/export').query({ to: '2026-13-45' }).set(auth(auditor)).expect(400);
    expect(JSON.stringify(badTo.body)).toContain('to');
    for (const token of [await platform.token('applicant', { organisationId: 'org-aurora' }), await platform.token('site')]) {
      await platform.http.get('/api/audit/export').set(auth(token)).expect(403);
    }
  });
});
