import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITY_TYPES, entityAsOfAnswer, foldAsOf, type StoredStreamEvent } from '@hpc-access/audit-as-of';
import { exportBundle } from '@hpc-access/audit-bundle';
import type { EventToAppend } from '@hpc-access/eventsourcing';
import { PostgresEventStore } from '@hpc-access/eventstore-postgres';
import { generateNoteKey } from '@hpc-access/ledger';
import { randomSchemaName } from '@hpc-access/testing';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';
import { Progress } from './progress';
import { runCli } from './run-cli';
import { signedLedger } from './testing-only/signed-ledger';

const event = (type: string, data: Record<string, unknown>, at: string): EventToAppend => ({
  eventId: randomUUID(),
  type,
  data,
  metadata: { correlationId: randomUUID(), causationId: null, actor: { id: 'officer-1', role: 'governance-officer' }, schemaVersion: 1 },
  recordedAt: new Date(at),
});

const filed = (reportId: string, at: string) =>
  event('BreachReportFiled', { reportId, organisationId: 'org-a', description: 'no logs kept', evidenceLinks: [], filedBy: 'u1', filedRole: 'site', filedAt: at }, at);
const confirmed = (reportId: string, at: string) => event('BreachReportConfirmed', { reportId, organisationId: 'org-a', note: 'checked', decidedBy: 'officer-1', decidedAt: at }, at);

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

// `hpc-audit replay`: an entity as of an instant, offline from a bundle, with the same fold the
// audit service's as-of route answers with (libs/audit-as-of). The entity types name the services'
// own schemas (governance here): on the server each run gets a scratch database of its own.
describe.each(TEST_ENGINES)('hpc-audit replay from a bundle exported from %s', (engine) => {
  const database = useTestDatabase(engine);
  const key = generateNoteKey('hpc-access.test/audit-ledger');
  let dir: string;
  let file: string;

  beforeAll(async () => {
    // The governance service's own table, two breach reports written interleaved.
    const store = await PostgresEventStore.open(database.db, { schema: 'governance' });
    await store.appendToStream('breach-report-r1', [filed('r1', '2026-03-01T10:00:00.000Z')], { expectedRevision: 'no_stream' });
    await store.appendToStream('breach-report-r2', [filed('r2', '2026-03-01T11:00:00.000Z')], { expectedRevision: 'no_stream' });
    await store.appendToStream('breach-report-r1', [confirmed('r1', '2026-03-02T10:00:00.000Z')], { expectedRevision: 0 });
    const ledgerSchema = randomSchemaName();
    await signedLedger(database.db, ledgerSchema, ['governance'], key.signerKey, 2);
    dir = mkdtempSync(join(tmpdir(), 'hpc-audit-replay-'));
    file = join(dir, 'bundle.jsonl');
    await exportBundle(database.db, ['governance'], file, new Progress('test', () => undefined), { ledgerSchema });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** What the audit route answers: its query of the service's table (as-of/stream-events.queries.ts), then the shared fold. */
  async function routeAnswer(reportId: string, asOf: string) {
    const { rows } = await database.db.query<StoredStreamEvent>(
      `SELECT event_id::text AS "eventId", type, stream_position AS "streamPosition", recorded_at AS "recordedAt", data, hash
         FROM governance.events WHERE stream_id = $1 AND recorded_at <= $2::timestamptz ORDER BY stream_position`,
      [`breach-report-${reportId}`, asOf],
    );
    const type = ENTITY_TYPES['breach-report'];
    const result = foldAsOf(type, rows.map((r) => ({ ...r, recordedAt: new Date(r.recordedAt) })), new Date(asOf));
    if (!result.existed) throw new Error('the route would answer 404');
    return entityAsOfAnswer('breach-report', reportId, type, new Date(asOf), result);
  }

  it.each([
    ['2026-03-01T12:00:00.000Z', 1, 'open'],
    ['2026-03-02T10:00:00.000Z', 2, 'confirmed'],
  ])('as of %s it answers what the audit route answers on the same database (%i events, %s)', async (asOf, eventsApplied, status) => {
    const out = await run(['replay', '--as-of', asOf, 'breach-report', 'r1', '--bundle', file, '--verifier-key', key.verifierKey, '--json']);
    expect(out.stderr).toContain('verified first');
    expect(out.code).toBe(0);
    const answer = JSON.parse(out.stdout);
    expect(answer).toEqual(await routeAnswer('r1', asOf));
    expect(answer).toMatchObject({ entityType: 'breach-report', service: 'governance', streamId: 'breach-report-r1', eventsApplied, state: { status } });
  });

  it('prints the answer for a person, saying the bundle was not verified without a key', async () => {
    const out = await run(['replay', '--as-of', '2026-03-03', 'breach-report', 'r2', '--bundle', dir]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('not verified: no --verifier-key');
    expect(out.stdout).toContain('events applied: 1; the last: BreachReportFiled at position 0');
    expect(out.stdout).toContain('"status": "open"');
  });

  it('exits 2 for an unknown type, an unknown id, an entity that did not exist yet, bad arguments', async () => {
    const unknownType = await run(['replay', '--as-of', '2026-03-03T00:00:00Z', 'spaceship', 'r1', '--bundle', file]);
    expect(unknownType).toMatchObject({ code: 2, stdout: '' });
    expect(unknownType.stderr).toContain('unknown entity type "spaceship" (known: application, organisation,');
    const unknownId = await run(['replay', '--as-of', '2026-03-03T00:00:00Z', 'breach-report', 'r9', '--bundle', file]);
    expect(unknownId).toMatchObject({ code: 2, stdout: '' });
    expect(unknownId.stderr).toContain('no breach-report r9 in this bundle');
    const notYet = await run(['replay', '--as-of', '2026-03-01T10:30:00Z', 'breach-report', 'r2', '--bundle', file]);
    expect(notYet).toMatchObject({ code: 2, stdout: '' });
    expect(notYet.stderr).toContain('breach-report r2 did not exist yet at 2026-03-01T10:30:00.000Z');
    expect((await run(['replay', 'breach-report', 'r1', '--bundle', file])).stderr).toContain('replay needs --as-of');
    expect((await run(['replay', '--as-of', 'yesterday', 'breach-report', 'r1', '--bundle', file])).stderr).toContain('--as-of takes an ISO 8601 instant');
    expect((await run(['replay', '--as-of', '2026-03-03', 'breach-report', 'r1', '--database', 'postgres://x'])).code).toBe(2);
  });

  it('refuses to replay a tampered bundle when given the verifier key (exit 1, naming the event)', async () => {
    const tampered = join(dir, 'tampered.jsonl');
    // The confirmation's note edited in the file: its stream's hash no longer matches.
    const lines = readFileSync(file, 'utf8').split('\n').map((line) => (line.includes('"BreachReportConfirmed"') ? line.replace('"note":"checked"', '"note":"never checked"') : line));
    expect(lines.join('\n')).toContain('never checked');
    writeFileSync(tampered, lines.join('\n'));
    const out = await run(['replay', '--as-of', '2026-03-03', 'breach-report', 'r1', '--bundle', tampered, '--verifier-key', key.verifierKey]);
    expect(out).toMatchObject({ code: 1, stdout: '' });
    expect(out.stderr).toMatch(/the bundle does not verify, nothing replayed: the first event that does not match: .*breach-report-r1/);
  });
});
