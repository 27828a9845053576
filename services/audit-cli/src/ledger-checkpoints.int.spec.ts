import { eventLeafHash, generateNoteKey } from '@hpc-access/ledger';
import { randomSchemaName } from '@hpc-access/testing';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';
import { Progress } from './progress';
import { auditedStore, HostileDba, type AuditedStore } from './testing-only/audited-store';
import { signedLedger } from './testing-only/signed-ledger';
import { verifyDatabase } from './verify';

// With the ledger's published key, verify also checks every signed checkpoint against the events
// (ADR 30): what the chains alone cannot see is caught and named.
describe.each(TEST_ENGINES)('hpc-audit verify --verifier-key on %s', (engine) => {
  const database = useTestDatabase(engine);
  const key = generateNoteKey('hpc-access.test/audit-ledger');
  let store: AuditedStore;
  let ledgerSchema: string;
  let dba: HostileDba;

  beforeEach(async () => {
    store = await auditedStore(database.db, randomSchemaName(), 4);
    ledgerSchema = randomSchemaName();
    await signedLedger(database.db, ledgerSchema, [store.schema], key.signerKey);
    dba = new HostileDba(database.db, store.schema);
  });

  const verify = (verifierKey: string | null = key.verifierKey, ledger = ledgerSchema) =>
    verifyDatabase(database.db, { schemas: [store.schema], progress: new Progress('test', () => undefined), ledger: verifierKey === null ? undefined : { verifierKey, schema: ledger } });
  const eventOf = (stream: string, position: number) => store.streams.get(stream)![position];

  it('checks every checkpoint and its root against the events, and leaves nothing unchecked', async () => {
    const report = await verify();
    expect(report).toMatchObject({ ok: true, problems: [], notChecked: [] });
    expect(report.checked[1]).toMatch(/^the ledger's 3 signed checkpoint\(s\) against hpc-access\.test\/audit-ledger \(key id [0-9a-f]{8}\): .* \(20 leaves\)/);
  });

  it.each([
    ['the last events of a stream deleted', async () => dba.deleteEvent(eventOf('application-2', 4)), () => eventOf('application-2', 4)],
    ['a whole stream deleted', async () => dba.deleteStream('application-3'), () => eventOf('application-3', 0)],
  ])('names %s: the first leaf whose event is gone', async (_what, alter, gone) => {
    await alter();
    const report = await verify();
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatch(new RegExp(`^leaf \\d+: event ${gone()} of ${store.schema} is gone from the store`));
  });

  it('names an edit whose stream was re-hashed, which every chain accepts', async () => {
    await dba.editAndRehash('application-1', 2);
    const report = await verify();
    expect(report.findings).toEqual([]);
    expect(report.problems[0]).toContain(`${store.schema} stream application-1 position 2 (event ${eventOf('application-1', 2)}) is not the event that was sequenced`);
    expect(report.problems.slice(1).every((p) => /the root recomputed from the store's events is not the signed root/.test(p))).toBe(true);
  });

  it("catches a forger who also rewrote the ledger's rows, who cannot sign: the signed root differs", async () => {
    await dba.editAndRehash('application-1', 2);
    const { rows } = await database.db.query<{ event_id: string; stream_position: number; hash: string }>(
      `SELECT event_id::text, stream_position, hash FROM ${store.schema}.events WHERE stream_id = 'application-1'`,
    );
    for (const row of rows) {
      const leaf = eventLeafHash({ service: store.schema, streamId: 'application-1', streamPosition: row.stream_position, eventId: row.event_id, hash: row.hash });
      await database.db.query(`UPDATE ${ledgerSchema}.ledger_leaves SET event_hash = $2, leaf_hash = $3 WHERE event_id = $1`, [row.event_id, row.hash, leaf]);
    }
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatch(/^checkpoint at size 14 \(signed [0-9T:.-]+Z\): the root recomputed from the store's events is not the signed root: the history it covers was rewritten$/);
  });

  it('refuses checkpoints signed again by a forger with a key of the same name', async () => {
    await dba.editAndRehash('application-1', 2);
    await database.db.query(`DROP SCHEMA ${ledgerSchema} CASCADE`);
    await signedLedger(database.db, ledgerSchema, [store.schema], generateNoteKey('hpc-access.test/audit-ledger').signerKey);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatch(/^checkpoint at size 7: signed by another key: the note holds signatures of hpc-access\.test\/audit-ledger \(key id [0-9a-f]{8}\), none of hpc-access\.test\/audit-ledger/);
  });

  it('refuses a checkpoint signed by another key', async () => {
    const report = await verify(generateNoteKey('hpc-access.test/audit-ledger').verifierKey);
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(3);
    expect(report.problems.every((p) => p.includes('signed by another key'))).toBe(true);
  });

  it('says the ledger is there but unchecked without the key, and refuses a key for a database without a ledger', async () => {
    expect((await verify(null)).notChecked[0]).not.toMatch(/this database has the ledger/);
    // Where the audit service keeps it.
    await signedLedger(database.db, 'audit', [store.schema], key.signerKey);
    expect((await verify(null)).notChecked[0]).toMatch(/this database has the ledger: give --verifier-key to check it/);
    expect(await verify(key.verifierKey, 'audit')).toMatchObject({ ok: true, notChecked: [] });
    await database.db.query('DROP SCHEMA audit CASCADE');
    await expect(verify(key.verifierKey, 'no_ledger_here')).rejects.toThrow('--verifier-key: no audit ledger in this database (no no_ledger_here.ledger_checkpoints)');
    await expect(verify('not-a-key')).rejects.toThrow(/^--verifier-key: a verifier key reads/);
  });
});
