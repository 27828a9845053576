import type { EventStore } from './event-store';
import type { PersonalDataKeys } from './personal-data';

/**
 * The event store as services and shared libraries take it (ADR 24): append and read on its own,
 * or inside the caller's unit of work, so that a command's events commit together with the
 * caller's other writes (the inbox row of a consumed message, the mark of a fired deadline, a
 * read-model row). `Tx` is the adapter's transaction handle (libs/sql's `Sql` for the PostgreSQL
 * adapter); the core never looks inside it. Only a service's composition (its module and runtime)
 * names the adapter that implements this port.
 */
export interface TransactionalEventStore<Tx = unknown> extends EventStore {
  /** The same store, appending and reading through the caller's open transaction. */
  withTransaction(tx: Tx): EventStore;
  /**
   * Wakes the store's subscribers after the caller committed a transaction that appended: the
   * store cannot see commits made through someone else's transaction.
   */
  notifyCommitted(): void;
  /** How many committed events the store's subscribers have not yet been handed (a metric). */
  measureSubscriberLag(): Promise<number>;
}

/**
 * The people's keys read and written through `tx` (the caller's transaction, or the database
 * itself), so that a key created for an append commits or rolls back with it. Provided by the
 * adapter's wiring like the store.
 */
export type PersonalDataKeysIn<Tx = unknown> = (tx: Tx) => PersonalDataKeys;

