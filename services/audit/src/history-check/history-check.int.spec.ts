import { generateNoteKey } from '@hpc-access/ledger';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';
import { Checkpointer } from '../checkpoints/checkpointer';
import { ledgerKeys } from '../ledger/signing-key';
import { editAndRehash, ledgerFixture, tamper, type LedgerFixture } from '../testing-only/ledger-fixtures';

/** Two services, three streams, sequenced and signed; then more appended and signed again. */
async function recordedHistory(f: LedgerFixture) {
  const [a] = f.sources;
  const application = await f.append(a, 'application-1', 4);
  const organisation = await f.append(a, 'organisation-1', 2);
  const allocation = await f.append(f.sources[1], 'allocation-1', 3);
  await f.sequenceAndSign();
  application.push(...(await f.append(a, 'application-1', 1)));
  await f.sequenceAndSign();
  return { application, organisation, allocation };
}

describe.each(TEST_ENGINES)('the start-up check of the store against the newest checkpoint (%s)', (engine) => {
  const test = useTestDatabase(engine);

  it('passes an untouched history and gives back the ledger\'s tree', async () => {
    const f = await ledgerFixture(test.db, 'hc0');
    await recordedHistory(f);
    const verdict = await f.check();
    expect(verdict).toMatchObject({ ok: true, checkpointSize: 10, leavesChecked: 10, findings: [] });
    expect(verdict.tree.root(10).equals((await f.checkpoints.latest(test.db))!.rootHash)).toBe(true);
  });

  it('catches the last events of a stream deleted, and names them', async () => {
    const f = await ledgerFixture(test.db, 'hc1');
    const { application } = await recordedHistory(f);
    await tamper(test.db, (tx) => tx.query(`DELETE FROM hc1_intake.events WHERE stream_id = 'application-1' AND stream_position >= 3`).then(() => undefined));
    const verdict = await f.check();
    expect(verdict.ok).toBe(false);
    expect(verdict.findings[0]).toBe(`event ${application[3]} (hc1_intake, stream application-1, position 3, leaf 3) is gone from hc1_intake.events: the history shrank`);
    expect(verdict.findings.join('\n')).toContain(application[4]);
  });

  it('catches a whole stream deleted, and names its events', async () => {
    const f = await ledgerFixture(test.db, 'hc2');
    const { allocation } = await recordedHistory(f);
    await tamper(test.db, (tx) => tx.query(`DELETE FROM hc2_accounting.events WHERE stream_id = 'allocation-1'`).then(() => undefined));
    const verdict = await f.check();
    expect(verdict.ok).toBe(false);
    expect(verdict.findings.slice(0, 3)).toEqual(allocation.map((id, i) => `event ${id} (hc2_accounting, stream allocation-1, position ${i}, leaf ${6 + i}) is gone from hc2_accounting.events: the history shrank`));
  });

  it('catches an event edited and its stream re-hashed, naming the first event that changed', async () => {
    const f = await ledgerFixture(test.db, 'hc3');
    const { application } = await recordedHistory(f);
    await tamper(test.db, (tx) => editAndRehash(tx, 'hc3_intake', 'application-1', 1));
    const verdict = await f.check();
    expect(verdict.ok).toBe(false);
    expect(verdict.findings[0]).toMatch(new RegExp(`^event ${application[1]} \\(hc3_intake, stream application-1, position 1, leaf 1\\) changed since it was sequenced: its hash was [0-9a-f]{16}…, it is [0-9a-f]{16}… \\(re-hashed\\)$`));
  });

  it('catches an event edited in place, and a forger who also rewrote the ledger\'s own rows: the signed root does not follow', async () => {
    const f = await ledgerFixture(test.db, 'hc4');
    const { organisation } = await recordedHistory(f);
    await tamper(test.db, (tx) => tx.query(`UPDATE hc4_intake.events SET data = '{"n":0,"what":"forged"}' WHERE event_id = $1`, [organisation[0]]).then(() => undefined));
    expect((await f.check()).findings[0]).toContain(`event ${organisation[0]} (hc4_intake, stream organisation-1, position 0, leaf 4): its stored content no longer matches its hash`);
    // The forger re-hashes the stream and rewrites the ledger's rows to match: only the signature stands in the way.
    await tamper(test.db, async (tx) => {
      await editAndRehash(tx, 'hc4_intake', 'organisation-1', 0);
      await tx.query(`DELETE FROM hc4_audit.ledger_leaves`);
      await tx.query(`DELETE FROM hc4_audit.ledger_sources`);
    });
    await f.sequencer.sequenceAll();
    const verdict = await f.check();
    expect(verdict.ok).toBe(false);
    expect(verdict.findings).toContain('the tree re-derived from the events differs from the signed checkpoint of size 10: the history was rewritten');
  });

  it('catches an event\'s type edited, and its metadata edited, each named', async () => {
    const f = await ledgerFixture(test.db, 'hc6');
    const { application, allocation } = await recordedHistory(f);
    await tamper(test.db, async (tx) => {
      await tx.query(`UPDATE hc6_intake.events SET type = 'SomethingElse' WHERE event_id = $1`, [application[2]]);
      await tx.query(`UPDATE hc6_accounting.events SET metadata = jsonb_set(metadata, '{actor,role}', '"administrator"') WHERE event_id = $1`, [allocation[1]]);
    });
    const verdict = await f.check();
    expect(verdict.findings).toEqual([
      `event ${application[2]} (hc6_intake, stream application-1, position 2, leaf 2): its stored content no longer matches its hash (edited in place)`,
      `event ${allocation[1]} (hc6_accounting, stream allocation-1, position 1, leaf 7): its stored content no longer matches its hash (edited in place)`,
    ]);
  });

  it('catches an event deleted in the middle of a stream and the rest re-numbered and re-hashed', async () => {
    const f = await ledgerFixture(test.db, 'hc7');
    const { application } = await recordedHistory(f);
    await tamper(test.db, async (tx) => {
      await tx.query(`DELETE FROM hc7_intake.events WHERE event_id = $1`, [application[1]]);
      await tx.query(`UPDATE hc7_intake.events SET stream_position = stream_position - 1 WHERE stream_id = 'application-1' AND stream_position > 1`);
      await editAndRehash(tx, 'hc7_intake', 'application-1', 0);
    });
    const verdict = await f.check();
    expect(verdict.ok).toBe(false);
    expect(verdict.findings[0]).toMatch(new RegExp(`^event ${application[0]} \\(hc7_intake, stream application-1, position 0, leaf 0\\) changed since it was sequenced`));
    expect(verdict.findings).toContain(`event ${application[1]} (hc7_intake, stream application-1, position 1, leaf 1) is gone from hc7_intake.events: the history shrank`);
    expect(verdict.findings.some((x) => x.startsWith(`event ${application[2]} (hc7_intake, stream application-1, position 2, leaf 2) now stands at stream application-1, position 1: moved`))).toBe(true);
  });

  it('catches two events of a stream swapped and re-hashed, and an event inserted in the middle', async () => {
    const f = await ledgerFixture(test.db, 'hc8');
    const { application } = await recordedHistory(f);
    await tamper(test.db, async (tx) => {
      await tx.query(`UPDATE hc8_intake.events SET stream_position = 100 WHERE event_id = $1`, [application[1]]);
      await tx.query(`UPDATE hc8_intake.events SET stream_position = 1 WHERE event_id = $1`, [application[2]]);
      await tx.query(`UPDATE hc8_intake.events SET stream_position = 2 WHERE event_id = $1`, [application[1]]);
      await editAndRehash(tx, 'hc8_intake', 'application-1', 0);
    });
    const swapped = await f.check();
    expect(swapped.findings.some((x) => x.startsWith(`event ${application[1]} (hc8_intake, stream application-1, position 1, leaf 1) now stands at stream application-1, position 2: moved`))).toBe(true);

    const g = await ledgerFixture(test.db, 'hc9');
    const history = await recordedHistory(g);
    await tamper(test.db, async (tx) => {
      await tx.query(`UPDATE hc9_intake.events SET stream_position = stream_position + 1000 WHERE stream_id = 'organisation-1' AND stream_position >= 1`);
      await tx.query(`UPDATE hc9_intake.events SET stream_position = stream_position - 999 WHERE stream_id = 'organisation-1' AND stream_position >= 1000`);
      await tx.query(
        `INSERT INTO hc9_intake.events (stream_id, stream_position, event_id, type, data, metadata, recorded_at, hash, prev_hash)
         SELECT stream_id, 1, '00000000-0000-4000-8000-0000000000ff', type, data, metadata, recorded_at, hash, prev_hash FROM hc9_intake.events WHERE event_id = $1`,
        [history.organisation[0]],
      );
      await editAndRehash(tx, 'hc9_intake', 'organisation-1', 0);
    });
    const inserted = await g.check();
    expect(inserted.findings.some((x) => x.startsWith(`event ${history.organisation[1]} (hc9_intake, stream organisation-1, position 1, leaf 5) now stands at stream organisation-1, position 2: moved`))).toBe(true);
  });

  it('refuses a newest checkpoint signed by another key', async () => {
    const f = await ledgerFixture(test.db, 'hc5');
    await recordedHistory(f);
    const stranger = await ledgerKeys(test.db, f.schema, { origin: 'x', signerKey: generateNoteKey('test.example/ledger').signerKey, developmentKey: false });
    const verdict = await f.check(stranger);
    expect(verdict.ok).toBe(false);
    expect(verdict.findings[0]).toMatch(/^the newest checkpoint \(size 10\): signed by another key: the note holds signatures of test\.example\/ledger \(key id [0-9a-f]{8}\), none of test\.example\/ledger \(key id [0-9a-f]{8}\)$/);
  });

  it('accepts the newest checkpoint of a rotated-out key up to its last size, and the new key\'s after it', async () => {
    const f = await ledgerFixture(test.db, 'hc10');
    await recordedHistory(f);
    const oldVerifierKey = f.keys.signer.verifierKey;
    const rotate = (bound: number) =>
      ledgerKeys(test.db, f.schema, { origin: 'x', signerKey: generateNoteKey('test.example/ledger').signerKey, previousVerifierKeys: `${oldVerifierKey}@${bound}`, developmentKey: false });
    // Rotated after size 10: the newest checkpoint is still the old key's, and that is fine.
    const rotated = await rotate(10);
    expect(await f.check(rotated)).toMatchObject({ ok: true, checkpointSize: 10, findings: [] });
    // A bound below it: the old key's checkpoint of size 10 is one it may not have signed.
    const tooLow = await f.check(await rotate(9));
    expect(tooLow.findings[0]).toMatch(/^the newest checkpoint \(size 10\): signed by the retired key test\.example\/ledger \(key id [0-9a-f]{8}\), valid up to size 9, but the checkpoint's size is 10$/);
    // The new key signs what comes next.
    await f.append(f.sources[0], 'application-2', 2);
    await f.sequencer.sequenceAll();
    await new Checkpointer(test.db, f.tree, f.checkpoints, rotated, 'test.example/ledger', { now: () => new Date('2026-12-08T12:00:00.000Z') }).checkpointIfDue({ every: 1, intervalMs: 0 }, true);
    expect(await f.check(rotated)).toMatchObject({ ok: true, checkpointSize: 12, findings: [] });
    // ... which the old key alone does not open.
    expect((await f.check()).findings[0]).toMatch(/^the newest checkpoint \(size 12\): signed by another key/);
  });

  it('refuses a previous key list holding the current key, or a retired key without its last size', async () => {
    const current = generateNoteKey('test.example/ledger');
    const other = generateNoteKey('test.example/ledger');
    const keys = (previousVerifierKeys: string) => ledgerKeys(test.db, 'unused', { origin: 'x', signerKey: current.signerKey, previousVerifierKeys, developmentKey: false });
    await expect(keys(`${current.verifierKey}@3`)).rejects.toThrow("holds the current signing key's own verifier key");
    await expect(keys(other.verifierKey)).rejects.toThrow('give each retired key the last tree size it signed');
    expect((await keys(`${other.verifierKey}@3`)).ring.keys.map((k) => k.upToSize)).toEqual([3, null]);
  });
});
