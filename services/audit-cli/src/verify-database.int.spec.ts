import { randomSchemaName } from '@hpc-access/testing';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';
import { Progress } from './progress';
import { auditedStore, HostileDba, type AuditedStore } from './testing-only/audited-store';
import { verifyDatabase } from './verify';

// A real store (the adapter, its append-only trigger, crypto-shredding), then a DBA who owns the
// table switches the trigger off and alters it: verify must name the first event that does not
// match, and why (ADR 28).
describe.each(TEST_ENGINES)('hpc-audit verify against a live database on %s', (engine) => {
  const database = useTestDatabase(engine);
  let store: AuditedStore;
  let dba: HostileDba;
  const progressLines: string[] = [];

  beforeEach(async () => {
    store = await auditedStore(database.db, randomSchemaName());
    dba = new HostileDba(database.db, store.schema);
  });

  const verify = () => verifyDatabase(database.db, { schemas: [store.schema], progress: new Progress('verify', (line) => progressLines.push(line)) });
  const eventOf = (stream: string, position: number) => store.streams.get(stream)![position];

  it('verifies an untouched store, personal data encrypted, without any key, and says what it cannot see without the ledger', async () => {
    const report = await verify();
    expect(report).toMatchObject({ ok: true, events: 20, streams: 4, services: { [store.schema]: 20 }, findings: [], findingCount: 0, problems: [] });
    expect(report.notChecked.join()).toMatch(/last events of a stream deleted, a whole stream deleted, or a stream re-hashed/);
    const stored = await database.db.query<{ data: string }>(`SELECT data::text AS data FROM ${store.schema}.events WHERE type = 'ApplicationDrafted'`);
    expect(stored.rows.map((row) => row.data).join()).not.toMatch(/Ada|example\.eu/);
    expect(progressLines.at(-1)).toMatch(/^verify: 20\/20 events \(100%\), \d+ events\/s\n$/);
  });

  it('still verifies after a person is erased: erasure deletes the key, never an event', async () => {
    await store.keys.erase('person-2');
    expect(await store.keys.status('person-2')).toBe('erased');
    expect(await verify()).toMatchObject({ ok: true, events: 20 });
  });

  it.each([
    ['data', (d: HostileDba, id: string) => d.editData(id)],
    ['type', (d: HostileDba, id: string) => d.editType(id)],
    ['metadata', (d: HostileDba, id: string) => d.editMetadata(id)],
    ['time (by one microsecond, which a Date would round away)', (d: HostileDba, id: string) => d.editTime(id)],
  ])('names an event whose %s was edited: a hash mismatch at its stream and position', async (_part, edit) => {
    await edit(dba, eventOf('application-3', 2));
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.findingCount).toBe(1);
    expect(report.findings[0]).toMatchObject({ kind: 'hash-mismatch', service: store.schema, streamId: 'application-3', streamPosition: 2, eventId: eventOf('application-3', 2) });
    expect(report.findings[0].reason).toMatch(/^hash mismatch/);
  });

  it('names the event after one deleted from the middle: a position gap', async () => {
    await dba.deleteEvent(eventOf('application-2', 2));
    const { ok, findings } = await verify();
    expect(ok).toBe(false);
    expect(findings).toEqual([expect.objectContaining({ kind: 'position-gap', streamId: 'application-2', streamPosition: 3, eventId: eventOf('application-2', 3), reason: 'position 2 is missing: an event was deleted, or moved' })]);
  });

  it("names a stream whose first event was deleted", async () => {
    await dba.deleteEvent(eventOf('application-4', 0));
    expect((await verify()).findings).toEqual([expect.objectContaining({ kind: 'position-gap', streamId: 'application-4', streamPosition: 1, reason: "the stream's first events are missing: an event was deleted, or moved" })]);
  });

  it('names an inserted event, even one whose hash the forger chained correctly', async () => {
    const forged = await dba.insert('application-1', 2);
    const { ok, findings } = await verify();
    expect(ok).toBe(false);
    expect(findings).toHaveLength(1);
    // The event it pushed up is met first (the forgery was written last); the forgery is named with it.
    expect(findings[0]).toMatchObject({ kind: 'out-of-order', streamId: 'application-1', streamPosition: 3, eventId: eventOf('application-1', 2) });
    expect(findings[0].reason).toContain(`position 2 (event ${forged}) is stored after position 3`);
  });

  it('names two events swapped: the chain breaks there', async () => {
    await dba.swap('application-3', 1);
    const { ok, findings } = await verify();
    expect(ok).toBe(false);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'out-of-order', streamId: 'application-3', streamPosition: 2, eventId: eventOf('application-3', 1) });
    expect(findings[0].reason).toContain(`position 1 (event ${eventOf('application-3', 2)}) is stored after position 2`);
  });

  it('names the first of several alterations first, and every broken stream once', async () => {
    await dba.editMetadata(eventOf('application-4', 4));
    await dba.editData(eventOf('application-1', 1));
    await dba.deleteEvent(eventOf('application-2', 3));
    const { findings, findingCount } = await verify();
    expect(findingCount).toBe(3);
    expect(findings.map((f) => [f.streamId, f.streamPosition])).toEqual([
      ['application-1', 1],
      ['application-2', 4],
      ['application-4', 4],
    ]);
  });

  // What the chains alone cannot see; the ledger's checkpoints are for these (ADR 28).
  it.each([
    ['the last events of a stream deleted', (s: AuditedStore, d: HostileDba) => d.deleteEvent(s.streams.get('application-2')![4])],
    ['a whole stream deleted', (_s: AuditedStore, d: HostileDba) => d.deleteStream('application-2')],
    ['an edit with the stream re-hashed from there on', (_s: AuditedStore, d: HostileDba) => d.editAndRehash('application-2', 1)],
  ])('cannot see %s without the ledger, and says so', async (_what, alter) => {
    await alter(store, dba);
    const report = await verify();
    expect(report.ok).toBe(true);
    expect(report.notChecked).toHaveLength(1);
  });
});
