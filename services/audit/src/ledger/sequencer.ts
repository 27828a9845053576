import { eventLeafHash } from '@hpc-access/ledger';
import type { Database } from '@hpc-access/sql';
import { eventsAfter, hasEventsTable } from './source-events';

// First key of the two-key advisory lock: "the audit ledger"; the second is the audit schema.
const LEDGER_LOCK_CLASS = 0x4c454447; // 'LEDG'
const BATCH = 500;

/**
 * Gives each committed event of every source schema the next leaf index of the one ledger. One
 * batch is one transaction: the leaves and the source's checkpoint commit together, under a
 * lock that makes concurrent sequencers (a second audit process) take turns, so indexes are
 * gap-free and no event is sequenced twice (event_id is unique besides).
 */
export class Sequencer {
  constructor(private readonly db: Database, private readonly schema: string, private readonly sources: readonly string[]) {}

  /** Sequences what the sources hold now, source after source; returns how many leaves were added. */
  async sequenceAll(): Promise<number> {
    let added = 0;
    for (const service of this.sources) {
      if (!(await hasEventsTable(this.db, service))) continue;
      for (;;) {
        const n = await this.sequenceBatch(service);
        added += n;
        if (n < BATCH) break;
      }
    }
    return added;
  }

  private sequenceBatch(service: string): Promise<number> {
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LEDGER_LOCK_CLASS, this.schema]);
      const { rows: at } = await tx.query<{ transaction_id: string; global_position: string }>(
        `SELECT transaction_id::text, global_position::text FROM ${this.schema}.ledger_sources WHERE service = $1`,
        [service],
      );
      const after = at[0] ? { transactionId: at[0].transaction_id, globalPosition: at[0].global_position } : { transactionId: '0', globalPosition: '0' };
      const events = await eventsAfter(tx, service, after, BATCH);
      if (events.length === 0) return 0;
      const { rows: head } = await tx.query<{ size: string }>(`SELECT (coalesce(max(leaf_index), -1) + 1)::text AS size FROM ${this.schema}.ledger_leaves`);
      const first = Number(head[0].size);
      await tx.query(
        `INSERT INTO ${this.schema}.ledger_leaves (leaf_index, service, global_position, event_id, stream_id, stream_position, event_hash, leaf_hash)
         SELECT $1::bigint + u.i - 1, $2, u.global_position, u.event_id, u.stream_id, u.stream_position, u.event_hash, decode(u.leaf_hash, 'hex')
           FROM unnest($3::bigint[], $4::uuid[], $5::text[], $6::integer[], $7::text[], $8::text[]) WITH ORDINALITY
                AS u(global_position, event_id, stream_id, stream_position, event_hash, leaf_hash, i)`,
        [
          first,
          service,
          events.map((e) => e.globalPosition),
          events.map((e) => e.eventId),
          events.map((e) => e.streamId),
          events.map((e) => e.streamPosition),
          events.map((e) => e.hash),
          events.map((e) => eventLeafHash({ service, streamId: e.streamId, streamPosition: e.streamPosition, eventId: e.eventId, hash: e.hash }).toString('hex')),
        ],
      );
      const last = events[events.length - 1];
      await tx.query(
        `INSERT INTO ${this.schema}.ledger_sources (service, transaction_id, global_position) VALUES ($1, $2::numeric, $3::numeric)
         ON CONFLICT (service) DO UPDATE SET transaction_id = EXCLUDED.transaction_id, global_position = EXCLUDED.global_position, updated_at = now()`,
        [service, last.transactionId, last.globalPosition],
      );
      return events.length;
    });
  }
}
