import type { Database, Sql } from '@hpc-access/sql';
import { assertSchemaName } from '@hpc-access/sql';

export type InboxOutcome = 'handled' | 'duplicate';

/**
 * Exactly-once effects on at-least-once delivery: the id of a handled event is written in the
 * same transaction as the effect, so a redelivery finds it and does nothing, and a failed effect
 * leaves no trace that would make the retry look like a duplicate.
 */
export class Inbox {
  private readonly table: string;

  constructor(schema: string) {
    this.table = `${assertSchemaName(schema)}.inbox`;
  }

  async handle(db: Database, consumer: string, eventId: string, effect: (tx: Sql) => Promise<void>): Promise<InboxOutcome> {
    return db.transaction((tx) => this.handleIn(tx, consumer, eventId, effect));
  }

  /** The same within the caller's transaction: several events commit (or roll back) together. */
  async handleIn(tx: Sql, consumer: string, eventId: string, effect: (tx: Sql) => Promise<void>): Promise<InboxOutcome> {
    // On a server, a concurrent delivery of the same event waits here on the primary key until
    // the first commits (then finds the row) or rolls back (then inserts and runs the effect).
    const { rows } = await tx.query(
      `INSERT INTO ${this.table} (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
      [consumer, eventId],
    );
    if (rows.length === 0) return 'duplicate';
    await effect(tx);
    return 'handled';
  }
}
