import { InMemoryEventStore } from '@hpc-access/eventsourcing';
import { eventStoreContract } from './event-store-contract';

// The in-memory adapter other libraries test against runs the same contract as the PostgreSQL one.
eventStoreContract('InMemoryEventStore', async () => ({ store: new InMemoryEventStore() }));
