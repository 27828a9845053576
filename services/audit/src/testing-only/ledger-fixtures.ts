import { randomUUID } from 'node:crypto';
import { eventHash, type RecordedEvent } from '@hpc-access/eventsourcing';
import { PostgresEventStore } from '@hpc-access/eventstore-postgres';
import { generateNoteKey } from '@hpc-access/ledger';
import { runMigrations, type Database, type Sql } from '@hpc-access/sql';
import { auditMigrations } from '../audit-migrations';
import { CheckpointStore } from '../checkpoints/checkpoint-store';
import { Checkpointer } from '../checkpoints/checkpointer';
import { checkHistory } from '../history-check/history-check';
import { LedgerTree } from '../ledger/ledger-tree';
import { Sequencer } from '../ledger/sequencer';
import { ledgerKeys, type LedgerKeys } from '../ledger/signing-key';

/** A ledger over its own schemas of one test database: sources, audit schema, key, sequencer. */
export interface LedgerFixture {
  db: Database;
  schema: string;
  sources: string[];
  stores: Map<string, PostgresEventStore>;
  keys: LedgerKeys;
  /** The key the fixture signs with (`PRIVATE+KEY+...`), for an AuditModule over the same ledger. */
  signerKey: string;
  tree: LedgerTree;
  checkpoints: CheckpointStore;
  sequencer: Sequencer;
  checkpointer: Checkpointer;
  append(source: string, streamId: string, count: number): Promise<string[]>;
  /** Sequences everything and signs a checkpoint at the new size. */
  sequenceAndSign(): Promise<number>;
  check(keys?: LedgerKeys): ReturnType<typeof checkHistory>;
}

/** `prefix` keeps each case's schemas apart, so the cases of a file share one database. */
export async function ledgerFixture(db: Database, prefix: string): Promise<LedgerFixture> {
  const schema = `${prefix}_audit`;
  const sources = [`${prefix}_intake`, `${prefix}_accounting`];
  const stores = new Map<string, PostgresEventStore>();
  for (const source of sources) stores.set(source, await PostgresEventStore.open(db, { schema: source }));
  await runMigrations(db, schema, auditMigrations());
  const signerKey = generateNoteKey('test.example/ledger').signerKey;
  const keys = await ledgerKeys(db, schema, { origin: 'test.example/ledger', signerKey, developmentKey: false });
  const tree = new LedgerTree(schema);
  const checkpoints = new CheckpointStore(schema);
  const sequencer = new Sequencer(db, schema, sources);
  const checkpointer = new Checkpointer(db, tree, checkpoints, keys, 'test.example/ledger', { now: () => new Date('2026-12-07T12:00:00.000Z') });
  const unsequenced = async () => {
    let events = 0;
    for (const source of sources) events += Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${source}.events`)).rows[0].n);
    const leaves = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.ledger_leaves`)).rows[0].n);
    return events - leaves;
  };
  return {
    db, schema, sources, stores, keys, signerKey, tree, checkpoints, sequencer, checkpointer,
    async append(source, streamId, count) {
      const ids = Array.from({ length: count }, () => randomUUID());
      await stores.get(source)!.appendToStream(streamId, ids.map((eventId, i) => ({
        eventId, type: 'ThingHappened', data: { n: i, what: `thing ${i} of ${streamId}` }, recordedAt: new Date('2026-12-07T10:00:00.000Z'),
        metadata: { correlationId: randomUUID(), causationId: null, actor: { id: 'officer-1', role: 'intake-officer' }, schemaVersion: 1 },
      })));
      return ids;
    },
    async sequenceAndSign() {
      // The sequencer reads below the oldest transaction running anywhere on the server (ADR 3):
      // on a shared test server another suite's transaction can hold it back, so read until every
      // committed event is in (with a deadline), then sign.
      let added = await sequencer.sequenceAll();
      const deadline = Date.now() + 20_000;
      while ((await unsequenced()) > 0) {
        if (Date.now() > deadline) throw new Error('the sequencer did not catch up within 20 s (a long transaction on the server?)');
        added += await sequencer.sequenceAll();
      }
      await checkpointer.checkpointIfDue({ every: 1, intervalMs: 0 }, true);
      return added;
    },
    check: (withKeys = keys) => checkHistory(db, { schema, sources, keys: withKeys.ring, checkpoints }),
  };
}

/**
 * What a hostile operator with SQL on the store does. The store's own defences (a trigger that
 * refuses UPDATE and DELETE on events) are switched off for the transaction, as a superuser can:
 * the ledger's check must find the alteration even then.
 */
export async function tamper(db: Database, work: (tx: Sql) => Promise<void>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`SET LOCAL session_replication_role = replica`);
    await work(tx);
  });
}

/** Edits one event's data and recomputes the hashes of its stream from there, as a careful forger would. */
export async function editAndRehash(tx: Sql, schema: string, streamId: string, position: number): Promise<void> {
  await tx.query(`UPDATE ${schema}.events SET data = jsonb_set(data, '{what}', '"forged"') WHERE stream_id = $1 AND stream_position = $2`, [streamId, position]);
  const { rows } = await tx.query<RecordedEvent>(
    `SELECT event_id::text AS "eventId", type, stream_id AS "streamId", stream_position AS "streamPosition", global_position::text AS "globalPosition",
            transaction_id::text AS "transactionId", recorded_at AS "recordedAt", data, metadata, hash, prev_hash AS "prevHash"
       FROM ${schema}.events WHERE stream_id = $1 ORDER BY stream_position`,
    [streamId],
  );
  let prev: string | null = null;
  for (const event of rows) {
    const hash = eventHash({ ...event, prevHash: prev });
    await tx.query(`UPDATE ${schema}.events SET hash = $1, prev_hash = $2 WHERE event_id = $3::uuid`, [hash, prev, event.eventId]);
    prev = hash;
  }
}
