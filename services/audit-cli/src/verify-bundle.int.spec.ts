import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomSchemaName } from '@hpc-access/testing';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';
import { exportBundle } from '@hpc-access/audit-bundle';
import { Progress } from './progress';
import { auditedStore, HostileDba, type AuditedStore } from './testing-only/audited-store';
import { verifyBundle, verifyDatabase } from './verify';

const quiet = () => new Progress('test', () => undefined);

// The offline path: export a bundle from the store, verify it without the database (ADR 28).
describe.each(TEST_ENGINES)('hpc-audit export and verify --bundle on %s', (engine) => {
  const database = useTestDatabase(engine);
  let store: AuditedStore;
  let dir: string;
  let file: string;

  beforeEach(async () => {
    store = await auditedStore(database.db, randomSchemaName(), 3);
    dir = mkdtempSync(join(tmpdir(), 'hpc-audit-bundle-'));
    file = join(dir, 'bundle.jsonl');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const exported = () => exportBundle(database.db, [store.schema], file, quiet(), { pageSize: 4 });
  const lines = () => readFileSync(file, 'utf8').split('\n').slice(0, -1);
  const eventOf = (stream: string, position: number) => store.streams.get(stream)![position];

  it('writes a header, every event in its stored form (personal data encrypted) and an end record, and verifies it, as a file or its directory', async () => {
    const report = await exported();
    expect(report).toMatchObject({ events: 15, services: { [store.schema]: 15 } });
    const [header, first, ...rest] = lines().map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(header).toMatchObject({ record: 'bundle', format: 'hpc-access-audit-bundle', version: 1, services: { [store.schema]: 15 } });
    expect(Object.keys(first)).toEqual(['record', 'service', 'global_position', 'transaction_id', 'stream_id', 'stream_position', 'event_id', 'type', 'data', 'metadata', 'recorded_at', 'hash', 'prev_hash']);
    expect(first).toMatchObject({ record: 'event', service: store.schema, stream_position: 0, prev_hash: null, recorded_at: '2026-03-02T09:00:00.007Z' });
    expect(rest.at(-1)).toEqual({ record: 'end', events: 15, sha256: report.sha256 });
    expect(readFileSync(file, 'utf8')).not.toMatch(/Ada|example\.eu/);
    expect(await verifyBundle(file, { progress: quiet() })).toMatchObject({ ok: true, events: 15, streams: 3, findings: [], problems: [] });
    expect(await verifyBundle(dir, { progress: quiet(), pageSize: 2 })).toMatchObject({ ok: true, events: 15 });
  });

  it('still verifies after a person is erased, exported before and after', async () => {
    await exported();
    await store.keys.erase('person-1');
    expect(await verifyBundle(file, { progress: quiet() })).toMatchObject({ ok: true });
    await exported();
    expect(await verifyBundle(file, { progress: quiet() })).toMatchObject({ ok: true, events: 15 });
  });

  it('names what a hostile DBA changed before the export, as verify --database does', async () => {
    const dba = new HostileDba(database.db, store.schema);
    await dba.editType(eventOf('application-2', 3));
    await dba.swap('application-1', 2);
    await exported();
    const offline = await verifyBundle(file, { progress: quiet() });
    const live = await verifyDatabase(database.db, { schemas: [store.schema], progress: quiet() });
    expect(offline.findings).toEqual(live.findings);
    expect(offline.findings.map((f) => [f.kind, f.streamId, f.streamPosition])).toEqual([
      ['out-of-order', 'application-1', 3],
      ['hash-mismatch', 'application-2', 3],
    ]);
    expect(offline.problems).toEqual([]);
  });

  it('names an event edited in the bundle, and that the bundle changed after export', async () => {
    await exported();
    const all = lines();
    const at = all.findIndex((line) => line.includes(eventOf('application-3', 1)));
    all[at] = all[at].replace('"step":1', '"step":2');
    writeFileSync(file, `${all.join('\n')}\n`);
    const report = await verifyBundle(file, { progress: quiet() });
    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([expect.objectContaining({ kind: 'hash-mismatch', streamId: 'application-3', streamPosition: 1, eventId: eventOf('application-3', 1) })]);
    expect(report.problems).toEqual(["the end record's SHA-256 is not that of the lines before it: the bundle was edited after export"]);
  });

  it('names the event after one removed from the bundle, and the count that no longer holds', async () => {
    await exported();
    writeFileSync(file, `${lines().filter((line) => !line.includes(eventOf('application-1', 1))).join('\n')}\n`);
    const report = await verifyBundle(file, { progress: quiet() });
    expect(report.findings).toEqual([expect.objectContaining({ kind: 'position-gap', streamId: 'application-1', streamPosition: 2, eventId: eventOf('application-1', 2) })]);
    expect(report.problems[0]).toBe('the end record counts 15 events, the bundle holds 14');
  });

  it('says a bundle was cut short, mid-line or at a line end', async () => {
    await exported();
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
    expect((await verifyBundle(file, { progress: quiet() })).problems).toEqual([expect.stringMatching(/^line \d+ is not JSON: the bundle was cut or edited$/)]);
    writeFileSync(file, `${lines().slice(0, 6).join('\n')}\n`);
    expect(await verifyBundle(file, { progress: quiet() })).toMatchObject({ ok: false, problems: ['no end record after line 6: the bundle was cut short'] });
  });

  it('refuses a record it does not know how to check rather than skip it', async () => {
    await exported();
    const all = lines();
    all.splice(3, 0, '{"record":"attestation","signature":"..."}');
    writeFileSync(file, `${all.join('\n')}\n`);
    expect((await verifyBundle(file, { progress: quiet() })).problems).toEqual(['line 4: a "attestation" record, which this hpc-audit does not know how to check']);
  });
});
