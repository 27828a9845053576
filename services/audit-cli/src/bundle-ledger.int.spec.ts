import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNoteKey } from '@hpc-access/ledger';
import { randomSchemaName } from '@hpc-access/testing';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';
import { exportBundle } from '@hpc-access/audit-bundle';
import { Progress } from './progress';
import { auditedStore, HostileDba, type AuditedStore } from './testing-only/audited-store';
import { signedLedger } from './testing-only/signed-ledger';
import { verifyBundle } from './verify';

const quiet = () => new Progress('test', () => undefined);

// A bundle exported with the ledger carries its checkpoints and each event's leaf index, so the
// offline check catches what the chains cannot (ADR 30).
describe.each(TEST_ENGINES)('a bundle with the ledger on %s', (engine) => {
  const database = useTestDatabase(engine);
  const key = generateNoteKey('hpc-access.test/audit-ledger');
  let store: AuditedStore;
  let ledgerSchema: string;
  let dir: string;
  let file: string;

  beforeEach(async () => {
    store = await auditedStore(database.db, randomSchemaName(), 3);
    ledgerSchema = randomSchemaName();
    await signedLedger(database.db, ledgerSchema, [store.schema], key.signerKey, 4);
    dir = mkdtempSync(join(tmpdir(), 'hpc-audit-ledger-bundle-'));
    file = join(dir, 'bundle.jsonl');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const exported = () => exportBundle(database.db, [store.schema], file, quiet(), { ledgerSchema });
  const verify = (verifierKey: string | null = key.verifierKey) => verifyBundle(file, { progress: quiet(), verifierKey: verifierKey ?? undefined });
  const eventOf = (stream: string, position: number) => store.streams.get(stream)![position];

  it('carries the checkpoints after the header and a leaf index on each event, and verifies against the key', async () => {
    await exported();
    const lines = readFileSync(file, 'utf8').split('\n').slice(0, -1).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.slice(1, 5).map((line) => [line.record, line.tree_size])).toEqual([
      ['checkpoint', 4],
      ['checkpoint', 8],
      ['checkpoint', 12],
      ['checkpoint', 15],
    ]);
    expect(lines[5]).toMatchObject({ record: 'event', leaf_index: 0 });
    const report = await verify();
    expect(report).toMatchObject({ ok: true, problems: [], notChecked: ["the bundle's signature: it has no signed manifest (exported without the ledger's signing key)"] });
    expect(report.checked.at(-1)).toMatch(/^the bundle's 4 signed checkpoint\(s\) against hpc-access\.test\/audit-ledger/);
  });

  it('says what it leaves unchecked without the key', async () => {
    await exported();
    expect((await verify(null)).notChecked).toEqual([expect.stringMatching(/no signed manifest/), expect.stringMatching(/this bundle carries 4 checkpoint\(s\): give --verifier-key to check them\)$/)]);
  });

  it('names a leaf whose event was deleted from the store before the export (the last of its stream)', async () => {
    await new HostileDba(database.db, store.schema).deleteEvent(eventOf('application-3', 4));
    await exported();
    const report = await verify();
    expect(report.findings).toEqual([]);
    expect(report.problems).toEqual(['leaf 14: no event of the bundle is this leaf: an event sequenced before the newest checkpoint is missing (deleted)']);
  });

  it("catches a careful forger who drops a stream's last event from the file and fixes the end record", async () => {
    await exported();
    const kept = readFileSync(file, 'utf8').split('\n').slice(0, -2).filter((line) => !line.includes(eventOf('application-1', 4)));
    const body = `${kept.join('\n')}\n`;
    writeFileSync(file, `${body}${JSON.stringify({ record: 'end', events: 14, sha256: createHash('sha256').update(body).digest('hex') })}\n`);
    expect((await verify(null)).ok).toBe(true);
    expect((await verify()).problems).toEqual(['leaf 12: no event of the bundle is this leaf: an event sequenced before the newest checkpoint is missing (deleted)']);
  });

  it('names a rewritten root, and refuses checkpoints of another key', async () => {
    await new HostileDba(database.db, store.schema).editAndRehash('application-2', 3);
    await exported();
    expect((await verify()).problems).toEqual([expect.stringMatching(/^checkpoint at size 12 \(line 4\): the root recomputed from the bundle's events is not the signed root/), expect.stringMatching(/^checkpoint at size 15/)]);
    const other = await verify(generateNoteKey('hpc-access.test/audit-ledger').verifierKey);
    expect(other.problems[0]).toMatch(/^checkpoint on line 2 \(size 4\): signed by another key/);
  });
});
