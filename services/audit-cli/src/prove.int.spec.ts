import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNoteKey, leafHash, nodeHash } from '@hpc-access/ledger';
import { randomSchemaName } from '@hpc-access/testing';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';
import { parseArguments } from './cli-arguments';
import { runCli } from './run-cli';
import { exportBundle } from '@hpc-access/audit-bundle';
import { Progress } from './progress';
import { NoSuchEventError, proveInclusion } from './prove';
import { bundleProofMaterial, databaseProofMaterial } from './prove-sources';
import { auditedStore, HostileDba, type AuditedStore } from './testing-only/audited-store';
import { signedLedger } from './testing-only/signed-ledger';

/**
 * RFC 9162 section 2.1.3.2, transcribed from the RFC's text, so that a printed proof is checked
 * by more than the code that computed it.
 */
function rfcVerifyInclusion(leafIndex: number, treeSize: number, leaf: Buffer, proof: Buffer[], root: Buffer): boolean {
  if (leafIndex >= treeSize) return false;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) { fn >>= 1; sn >>= 1; }
    } else {
      r = nodeHash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && r.equals(root);
}

// `hpc-audit prove`: the inclusion proof of one event, computed from the events and checked
// against a signed checkpoint, from a database and from a bundle (ADR 30).
describe.each(TEST_ENGINES)('hpc-audit prove on %s', (engine) => {
  const database = useTestDatabase(engine);
  const key = generateNoteKey('hpc-access.test/audit-ledger');
  let store: AuditedStore;
  let ledgerSchema: string;
  let dir: string;

  beforeEach(async () => {
    store = await auditedStore(database.db, randomSchemaName(), 3);
    ledgerSchema = randomSchemaName();
    // 15 events, checkpoints at 4, 8, 12 and 15.
    await signedLedger(database.db, ledgerSchema, [store.schema], key.signerKey, 4);
    dir = mkdtempSync(join(tmpdir(), 'hpc-audit-prove-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const eventOf = (stream: string, position: number) => store.streams.get(stream)![position];
  const fromDatabase = (eventId: string, treeSize?: number, verifierKey = key.verifierKey) =>
    database.db.transaction(async (tx) => proveInclusion(await databaseProofMaterial(tx, eventId, ledgerSchema), { eventId, verifierKey, treeSize }));
  const bundle = async () => {
    const file = join(dir, 'bundle.jsonl');
    await exportBundle(database.db, [store.schema], file, new Progress('test', () => undefined), { ledgerSchema });
    return file;
  };

  it('prints a proof that an independent RFC 9162 verifier accepts, from the database and from a bundle alike', async () => {
    const eventId = eventOf('application-2', 3);
    const report = await fromDatabase(eventId);
    expect(report).toMatchObject({ ok: true, problems: [], service: store.schema, streamId: 'application-2', streamPosition: 3, treeSize: 15 });
    expect(report.leafIndex).toBe(10);
    expect(report.proof).toHaveLength(4);
    expect(rfcVerifyInclusion(10, 15, Buffer.from(report.leafHash!, 'hex'), report.proof.map((h) => Buffer.from(h, 'hex')), Buffer.from(report.root!, 'hex'))).toBe(true);
    const fromBundle = await proveInclusion(await bundleProofMaterial(await bundle(), eventId), { eventId, verifierKey: key.verifierKey });
    expect(fromBundle).toEqual(report);
    // An older checkpoint on request: leaf 10 of 12.
    expect(await fromDatabase(eventId, 12)).toMatchObject({ ok: true, treeSize: 12 });
  });

  it('says an event is not in a checkpoint yet, and that a new event is not sequenced yet', async () => {
    const eventId = eventOf('application-3', 4);
    const older = await fromDatabase(eventId, 8);
    expect(older.ok).toBe(false);
    expect(older.problems).toEqual(['not in this checkpoint yet: the event is leaf 14, the checkpoint covers leaves 0 to 7 (try again after the next checkpoint)']);
    await database.db.query(`DELETE FROM ${ledgerSchema}.ledger_leaves WHERE leaf_index = 14`);
    expect((await fromDatabase(eventId)).problems).toEqual([expect.stringMatching(/^not sequenced yet/)]);
  });

  it('refuses a tampered leaf: the event edited and its stream re-hashed, in the store or in the bundle', async () => {
    const eventId = eventOf('application-1', 2);
    const file = await bundle();
    await new HostileDba(database.db, store.schema).editAndRehash('application-1', 2);
    const report = await fromDatabase(eventId);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.stringMatching(/^the proof does not lead to the signed root: .*: the event is not the one that was sequenced/)]);
    // In the file, a forger who re-hashes the event's line changes its leaf the same way.
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((line) => line.includes(eventId));
    const event = JSON.parse(lines[at]) as { hash: string };
    lines[at] = JSON.stringify({ ...event, hash: leafHash(event.hash).toString('hex') });
    writeFileSync(file, lines.join('\n'));
    const fromBundle = await proveInclusion(await bundleProofMaterial(file, eventId), { eventId, verifierKey: key.verifierKey });
    expect(fromBundle.ok).toBe(false);
    expect(fromBundle.problems).toEqual([expect.stringMatching(/^hash mismatch/), expect.stringMatching(/^the proof does not lead to the signed root/)]);
  });

  it('runs on the command line: the proof printed, exit 0; not in the --tree-size checkpoint, exit 1; no such event, exit 2', async () => {
    const file = await bundle();
    const run = async (...argv: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
      return { code, stdout, stderr };
    };
    const eventId = eventOf('application-3', 4);
    const proved = await run('prove', eventId, '--bundle', file, '--verifier-key', key.verifierKey);
    expect(proved.code).toBe(0);
    expect(proved.stdout).toMatch(/leaf index: 14\ntree size: 15 .*\n(.|\n)*proof \(\d+ hashes, from the leaf's sibling up\):\n  0: [0-9a-f]{64}\n(.|\n)*PROVED: the proof leads from the event to the signed root\.\n$/);
    const older = await run('prove', eventId, '--bundle', file, '--verifier-key', key.verifierKey, '--tree-size', '12', '--json');
    expect(older.code).toBe(1);
    expect(JSON.parse(older.stdout)).toMatchObject({ ok: false, treeSize: 12, problems: [expect.stringMatching(/^not in this checkpoint yet/)] });
    const nowhere = await run('prove', '00000000-0000-4000-8000-000000000000', '--bundle', file, '--verifier-key', key.verifierKey);
    expect(nowhere).toMatchObject({ code: 2, stderr: 'hpc-audit: no event 00000000-0000-4000-8000-000000000000 in this source\n' });
  });

  it('refuses a checkpoint of another key, and an event that is nowhere', async () => {
    const other = await fromDatabase(eventOf('application-1', 0), undefined, generateNoteKey('hpc-access.test/audit-ledger').verifierKey);
    expect(other.problems).toEqual([expect.stringMatching(/^checkpoint at size 15: signed by another key/)]);
    await expect(fromDatabase('00000000-0000-4000-8000-000000000000')).rejects.toThrow(NoSuchEventError);
  });
});

describe('hpc-audit prove arguments', () => {
  it('takes one event id, one source and the key', () => {
    const id = '0F8FAD5B-D9CB-469F-A165-70867728950E';
    expect(parseArguments(['prove', id, '--bundle', 'b.jsonl', '--verifier-key', 'k', '--tree-size', '12'])).toMatchObject({ command: 'prove', eventId: id.toLowerCase(), treeSize: 12 });
    expect(() => parseArguments(['prove', id, '--bundle', 'b.jsonl'])).toThrow('prove needs --verifier-key');
    expect(() => parseArguments(['prove', 'nope', '--bundle', 'b.jsonl', '--verifier-key', 'k'])).toThrow('is not an event id');
    expect(() => parseArguments(['verify', '--bundle', 'b.jsonl', '--tree-size', '3'])).toThrow('--tree-size is for prove');
  });
});
