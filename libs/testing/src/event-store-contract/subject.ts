import type { EventStore } from '@hpc-access/eventsourcing';

/** What an adapter hands to the contract suite: a fresh, empty store per test. */
export interface EventStoreContractSubject {
  store: EventStore;
  /**
   * Rewrites one stored event's data behind the store's back, as someone with write access to the
   * database could. Adapters whose storage cannot be altered leave it out.
   */
  tamper?(eventId: string, data: unknown): Promise<void>;
  dispose?(): Promise<void>;
}

export type EventStoreContractFactory = () => Promise<EventStoreContractSubject>;

/** Tests read the subject through this: it is created in beforeEach, after the tests are defined. */
export type SubjectAccessor = () => EventStoreContractSubject;
