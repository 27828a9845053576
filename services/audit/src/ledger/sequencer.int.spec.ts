import { eventLeafHash, MerkleTree } from '@hpc-access/ledger';
import type { Database } from '@hpc-access/sql';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';
import { Sequencer } from './sequencer';
import { ledgerFixture } from '../testing-only/ledger-fixtures';

describe.each(TEST_ENGINES)('the ledger sequencer (%s)', (engine) => {
  const test = useTestDatabase(engine);

  it('gives every committed event of every source one leaf, gap-free, in the store\'s reading order, and repeats nothing', async () => {
    const f = await ledgerFixture(test.db, 'seq1');
    const intakeIds = await f.append('seq1_intake', 'application-1', 3);
    const accountingIds = await f.append('seq1_accounting', 'allocation-1', 2);
    expect(await f.sequencer.sequenceAll()).toBe(5);
    expect(await f.sequencer.sequenceAll()).toBe(0);
    const moreIds = await f.append('seq1_intake', 'application-1', 2);
    expect(await f.sequencer.sequenceAll()).toBe(2);
    const { rows } = await test.db.query<{ leaf_index: string; service: string; event_id: string; stream_id: string; stream_position: number; event_hash: string; leaf_hash: Uint8Array }>(
      `SELECT leaf_index::text, service, event_id::text, stream_id, stream_position, event_hash, leaf_hash FROM seq1_audit.ledger_leaves ORDER BY leaf_index`,
    );
    expect(rows.map((r) => Number(r.leaf_index))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(rows.map((r) => r.event_id)).toEqual([...intakeIds, ...accountingIds, ...moreIds]);
    expect(rows.map((r) => `${r.stream_id}@${r.stream_position}`)).toEqual(['application-1@0', 'application-1@1', 'application-1@2', 'allocation-1@0', 'allocation-1@1', 'application-1@3', 'application-1@4']);
    for (const r of rows) {
      const expected = eventLeafHash({ service: r.service, streamId: r.stream_id, streamPosition: r.stream_position, eventId: r.event_id, hash: r.event_hash });
      expect(Buffer.from(r.leaf_hash).equals(expected)).toBe(true);
    }
    const tree = await f.tree.sync(test.db);
    expect(tree.root().equals(MerkleTree.of(rows.map((r) => Buffer.from(r.leaf_hash))).root())).toBe(true);
  });

  it('leaves nothing behind when it dies mid-batch: the leaves and the source\'s checkpoint commit together, and the next run sequences each event once', async () => {
    const f = await ledgerFixture(test.db, 'seq5');
    const ids = await f.append('seq5_intake', 'application-1', 4);
    // The process "dies" at the last statement of the batch, after its leaves went in.
    const dying: Database = {
      ...test.db,
      transaction: (work) => test.db.transaction((tx) => work({ query: (text, params) => (text.includes('ledger_sources (service') ? Promise.reject(new Error('killed')) : tx.query(text, params)) })),
    };
    await expect(new Sequencer(dying, f.schema, f.sources).sequenceAll()).rejects.toThrow('killed');
    const none = await test.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM seq5_audit.ledger_leaves`);
    expect(none.rows[0].n).toBe(0);
    expect(await f.sequencer.sequenceAll()).toBe(4);
    const { rows } = await test.db.query<{ leaf_index: string; event_id: string }>(`SELECT leaf_index::text, event_id::text FROM seq5_audit.ledger_leaves ORDER BY leaf_index`);
    expect(rows).toEqual(ids.map((id, i) => ({ leaf_index: String(i), event_id: id })));
  });

  it('lets two sequencers run at once without a gap or a duplicate', async () => {
    const f = await ledgerFixture(test.db, 'seq2');
    for (let i = 0; i < 6; i++) await f.append(i % 2 ? 'seq2_intake' : 'seq2_accounting', `stream-${i}`, 3);
    const other = new Sequencer(test.db, f.schema, f.sources);
    const added = await Promise.all([f.sequencer.sequenceAll(), other.sequenceAll(), f.sequencer.sequenceAll()]);
    expect(added.reduce((a, b) => a + b, 0)).toBe(18);
    const { rows } = await test.db.query<{ n: number; max: number; ids: number }>(`SELECT count(*)::int AS n, max(leaf_index)::int AS max, count(DISTINCT event_id)::int AS ids FROM seq2_audit.ledger_leaves`);
    expect(rows[0]).toEqual({ n: 18, max: 17, ids: 18 });
  });

  it('signs checkpoints when due: the first unsigned leaves at once, then after `every` leaves or the interval, and on demand when anything is new', async () => {
    const f = await ledgerFixture(test.db, 'seq3');
    const cadence = { every: 5, intervalMs: 60_000 };
    await f.append('seq3_intake', 'application-1', 3);
    await f.sequencer.sequenceAll();
    expect(await f.checkpointer.checkpointIfDue(cadence)).toMatchObject({ treeSize: 3 });
    await f.append('seq3_intake', 'application-2', 2);
    await f.sequencer.sequenceAll();
    expect(await f.checkpointer.checkpointIfDue(cadence)).toBeNull();
    await f.append('seq3_intake', 'application-3', 3);
    await f.sequencer.sequenceAll();
    const signed = await f.checkpointer.checkpointIfDue(cadence);
    expect(signed).toMatchObject({ treeSize: 8, keyName: 'test.example/ledger' });
    expect(signed!.note.split('\n').slice(0, 4)).toEqual(['test.example/ledger', '8', signed!.rootHash.toString('base64'), 'timestamp 2026-12-07T12:00:00.000Z']);
    expect(await f.checkpointer.checkpointIfDue({ every: 1, intervalMs: 0 }, true)).toBeNull();
    await f.append('seq3_intake', 'application-4', 1);
    await f.sequencer.sequenceAll();
    expect(await f.checkpointer.checkpointIfDue({ every: 5, intervalMs: 0 })).toMatchObject({ treeSize: 9 });
    expect((await f.checkpoints.latest(test.db))?.treeSize).toBe(9);
  });
});

// Only the server has concurrent transactions (PGlite has one connection).
describe('the ledger sequencer beside a transaction still running (postgres)', () => {
  const test = useTestDatabase('postgres');

  it('never sequences past a transaction still running, so one that commits later is not skipped', async () => {
    const f = await ledgerFixture(test.db, 'seq4');
    const store = f.stores.get('seq4_intake')!;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let appended!: () => void;
    const inside = new Promise<void>((resolve) => (appended = resolve));
    const slow = test.db.transaction(async (tx) => {
      await store.appendInTransaction(tx, 'slow-stream', [{ eventId: '00000000-0000-4000-8000-00000000aaaa', type: 'Slow', data: {}, recordedAt: new Date(), metadata: { correlationId: 'c', causationId: null, actor: { id: 'u', role: 'auditor' }, schemaVersion: 1 } }]);
      appended();
      await held;
    });
    await inside;
    // A later transaction commits first: its event has a higher transaction id, below no horizon yet.
    const [fast] = await f.append('seq4_intake', 'fast-stream', 1);
    expect(await f.sequencer.sequenceAll()).toBe(0);
    release();
    await slow;
    expect(await f.sequencer.sequenceAll()).toBe(2);
    const { rows } = await test.db.query<{ event_id: string }>(`SELECT event_id::text FROM seq4_audit.ledger_leaves ORDER BY leaf_index`);
    expect(rows.map((r) => r.event_id)).toEqual(['00000000-0000-4000-8000-00000000aaaa', fast]);
  });
});
