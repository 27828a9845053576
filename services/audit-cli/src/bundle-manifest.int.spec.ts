import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportBundle } from '@hpc-access/audit-bundle';
import { generateNoteKey, parseSignerKey } from '@hpc-access/ledger';
import { randomSchemaName } from '@hpc-access/testing';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';
import { Progress } from './progress';
import { auditedStore, type AuditedStore } from './testing-only/audited-store';
import { signedLedger } from './testing-only/signed-ledger';
import { verifyBundle } from './verify';

const quiet = () => new Progress('test', () => undefined);

// The bundle's signed manifest and the time-range bundle (ADR 30, "bundle manifest").
describe.each(TEST_ENGINES)('a signed bundle on %s', (engine) => {
  const database = useTestDatabase(engine);
  const key = generateNoteKey('hpc-access.test/audit-ledger');
  let store: AuditedStore;
  let ledgerSchema: string;
  let dir: string;
  let file: string;

  beforeEach(async () => {
    // 3 streams of 5 events, one a minute from 09:00:00.007.
    store = await auditedStore(database.db, randomSchemaName(), 3);
    ledgerSchema = randomSchemaName();
    await signedLedger(database.db, ledgerSchema, [store.schema], key.signerKey, 4);
    dir = mkdtempSync(join(tmpdir(), 'hpc-audit-manifest-'));
    file = join(dir, 'bundle.jsonl');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const exported = (range?: { from?: string; to?: string }, signerKey = key.signerKey) =>
    exportBundle(database.db, [store.schema], file, quiet(), { ledgerSchema, range, signer: parseSignerKey(signerKey) });
  const verify = (verifierKey: string | null = key.verifierKey) => verifyBundle(file, { progress: quiet(), verifierKey: verifierKey ?? undefined });
  const lines = () => readFileSync(file, 'utf8').split('\n').slice(0, -1);

  it('carries a manifest signed by the ledger key before its end record, which verify checks', async () => {
    const report = await exported();
    expect(report.manifest).toMatchObject({ from: null, to: null, events: 15, checkpoints: 4, verifierKey: key.verifierKey, checkpoint: { size: 15 } });
    const manifestLine = JSON.parse(lines().at(-2)!) as { record: string; note: string };
    expect(manifestLine.record).toBe('manifest');
    expect(manifestLine.note).toMatch(/^hpc-access-audit-bundle-manifest\/v1\nexported-at .*\nfrom -\nto -\nevents 15\ncheckpoints 4\nsha256 [0-9a-f]{64}\n/);
    const verified = await verify();
    expect(verified).toMatchObject({ ok: true, problems: [], notChecked: [] });
    expect(verified.checked).toContainEqual(expect.stringMatching(/^the bundle's manifest signed by hpc-access\.test\/audit-ledger .*15 events, 4 checkpoint\(s\)/));
    expect((await verify(null)).notChecked).toContain("the bundle's signed manifest (give --verifier-key to check it)");
  });

  it('names a manifest signed by another key, and an event edited with the end record fixed', async () => {
    await exported(undefined, generateNoteKey('hpc-access.test/audit-ledger').signerKey);
    expect((await verify()).problems[0]).toMatch(/^the manifest \(line 21\): not signed by hpc-access\.test\/audit-ledger/);
    await exported();
    const all = lines();
    const at = all.findIndex((line) => line.includes('"step":1'));
    expect(at).toBeGreaterThan(4);
    all[at] = all[at].replace('"step":1', '"step":2');
    const body = `${all.slice(0, -1).join('\n')}\n`;
    writeFileSync(file, `${body}${JSON.stringify({ record: 'end', events: 15, sha256: createHash('sha256').update(body).digest('hex') })}\n`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.findings[0]).toMatchObject({ kind: 'hash-mismatch', streamPosition: 1 });
    expect(report.problems).toContain('the manifest (line 21): the SHA-256 it signed is not that of the lines before it: the bundle was edited after export');
  });

  it('exports a time range: its events, the newest checkpoint, an inclusion proof on each, and verifies', async () => {
    // Steps 2 and 3 of each stream: 09:06 to 09:12.
    const range = { from: '2026-03-02T09:06:00.000Z', to: '2026-03-02T09:12:00.000Z' };
    const report = await exported(range);
    expect(report).toMatchObject({ events: 6, manifest: { from: range.from, to: range.to, events: 6, checkpoints: 1 } });
    const header = JSON.parse(lines()[0]) as { range: unknown; services: Record<string, number> };
    expect(header).toMatchObject({ range, services: { [store.schema]: 6 } });
    const event = JSON.parse(lines()[2]) as { stream_position: number; inclusion_proof: string[] };
    expect(event.stream_position).toBe(2);
    expect(event.inclusion_proof).toHaveLength(4);
    const verified = await verify();
    expect(verified).toMatchObject({ ok: true, events: 6, problems: [] });
    expect(verified.checked).toContainEqual(expect.stringMatching(/6 event\(s\) proved included/));
    // An event of the range edited and re-hashed in the file: its chain holds, its proof does not.
    const all = lines();
    const edited = JSON.parse(all[2]) as { hash: string };
    all[2] = JSON.stringify({ ...edited, hash: createHash('sha256').update('forged').digest('hex') });
    writeFileSync(file, `${all.join('\n')}\n`);
    expect((await verify()).problems).toContainEqual(expect.stringMatching(/^[a-z0-9_]+ stream application-1 position 2 \(event .*, leaf 6\): its inclusion proof does not lead to the signed root of size 15/));
  });
});
