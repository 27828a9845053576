import type { RecordedEvent } from './envelope';

/**
 * A read model kept by applying events inside the transaction that also moves its checkpoint
 * (`Tx`: the adapter's transaction handle, libs/sql's `Sql` on PostgreSQL). The adapter's
 * projection runner drives it; the read model's code never names the adapter.
 */
export interface Projection<Tx = unknown> {
  /** Stable: the checkpoint is stored under it. */
  readonly name: string;
  /** Event types it applies; others only move the checkpoint. Undefined: all. */
  readonly handles?: readonly string[];
  /** Must use `tx` only: on PGlite another query on the database would wait for this transaction. */
  apply(tx: Tx, event: RecordedEvent): Promise<void>;
  /** Empties the read model; required for rebuild. */
  reset?(tx: Tx): Promise<void>;
}
