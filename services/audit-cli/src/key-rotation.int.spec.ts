import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportBundle } from '@hpc-access/audit-bundle';
import { generateNoteKey, openCheckpoint, parseSignerKey, parseVerifierKey, signCheckpoint } from '@hpc-access/ledger';
import { randomSchemaName } from '@hpc-access/testing';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';
import { Progress } from './progress';
import { proveInclusion } from './prove';
import { bundleProofMaterial } from './prove-sources';
import { auditedStore, type AuditedStore } from './testing-only/audited-store';
import { signedLedger } from './testing-only/signed-ledger';
import { verifyBundle, verifyDatabase } from './verify';

const ORIGIN = 'hpc-access.test/audit-ledger';
const quiet = () => new Progress('test', () => undefined);

// The ledger's signing key was rotated after the checkpoint of size 14: that one and the older are
// the old key's, the checkpoint of size 20 the new key's. An auditor holding both published keys
// (the old one bounded by its last size) verifies the whole history, from a database or a bundle.
describe.each(TEST_ENGINES)('hpc-audit across a rotation of the ledger\'s signing key (%s)', (engine) => {
  const database = useTestDatabase(engine);
  const retired = generateNoteKey(ORIGIN);
  const current = generateNoteKey(ORIGIN);
  const ring = `${retired.verifierKey}@14,${current.verifierKey}`;
  let store: AuditedStore;
  let ledgerSchema: string;
  let dir: string;
  let bundle: string;

  beforeAll(async () => {
    store = await auditedStore(database.db, randomSchemaName(), 4);
    ledgerSchema = randomSchemaName();
    await signedLedger(database.db, ledgerSchema, [store.schema], retired.signerKey);
    // The rotation: the checkpoint after it signed by the new key (as the audit service signs
    // once restarted with AUDIT_SIGNER_KEY=<new>, AUDIT_PREVIOUS_VERIFIER_KEYS=<old>@14).
    const { rows } = await database.db.query<{ note: string }>(`SELECT note FROM ${ledgerSchema}.ledger_checkpoints WHERE tree_size = 20`);
    const opened = openCheckpoint(rows[0].note, parseVerifierKey(retired.verifierKey));
    if (!opened.ok) throw new Error(opened.reason);
    await database.db.query(`UPDATE ${ledgerSchema}.ledger_checkpoints SET note = $1, key_id = $2 WHERE tree_size = 20`, [
      signCheckpoint(opened.checkpoint, parseSignerKey(current.signerKey)),
      parseSignerKey(current.signerKey).keyId.toString('hex'),
    ]);
    dir = mkdtempSync(join(tmpdir(), 'hpc-audit-rotation-'));
    bundle = join(dir, 'bundle.jsonl');
    await exportBundle(database.db, [store.schema], bundle, quiet(), { ledgerSchema, signer: parseSignerKey(current.signerKey) });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const fromDatabase = (verifierKey: string) => verifyDatabase(database.db, { schemas: [store.schema], progress: quiet(), ledger: { verifierKey, schema: ledgerSchema } });
  const fromBundle = (verifierKey: string) => verifyBundle(bundle, { progress: quiet(), verifierKey });

  it('verifies every checkpoint, each with the key of its time, from the database and from the bundle', async () => {
    for (const report of [await fromDatabase(ring), await fromBundle(ring)]) {
      expect(report).toMatchObject({ ok: true, problems: [], notChecked: [] });
      expect(report.checked.join('\n')).toContain(`${ORIGIN} (key id ${retired.verifierKey.split('+')[1]}, retired after size 14), ${ORIGIN} (key id ${current.verifierKey.split('+')[1]})`);
    }
  });

  it('with the new key alone, names the old checkpoints as signed by another key', async () => {
    for (const report of [await fromDatabase(current.verifierKey), await fromBundle(current.verifierKey)]) {
      expect(report.ok).toBe(false);
      expect(report.problems[0]).toMatch(/^checkpoint (at size 7|on line 2 \(size 7\)): signed by another key: the note holds signatures of hpc-access\.test\/audit-ledger \(key id [0-9a-f]{8}\), none of /);
    }
  });

  it('refuses a checkpoint beyond the retired key\'s last size, as a leaked old key would have signed it', async () => {
    const report = await fromDatabase(`${retired.verifierKey}@13,${current.verifierKey}`);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatch(/^checkpoint at size 14: signed by the retired key hpc-access\.test\/audit-ledger \(key id [0-9a-f]{8}\), valid up to size 13, but the checkpoint's size is 14$/);
  });

  it('proves an early event against the old key\'s checkpoint and against the new key\'s, naming the signer', async () => {
    const eventId = store.streams.get('application-1')![0];
    const material = await bundleProofMaterial(bundle, eventId);
    const old = await proveInclusion(material, { eventId, verifierKey: ring, treeSize: 14 });
    expect(old).toMatchObject({ ok: true, treeSize: 14, checkpoint: expect.stringContaining(`key id ${retired.verifierKey.split('+')[1]}`) });
    const newest = await proveInclusion(material, { eventId, verifierKey: ring });
    expect(newest).toMatchObject({ ok: true, treeSize: 20, checkpoint: expect.stringContaining(`key id ${current.verifierKey.split('+')[1]}`) });
  });
});
