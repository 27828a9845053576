export * from './decider-spec';
// The in-memory adapters live with the port; re-exported here for the tests that import them from this library.
export { InMemoryEventStore, InMemoryPersonalDataKeys } from '@hpc-access/eventsourcing';
export * from './eventually';
export * from './test-databases';
export * from './event-store-contract';
export * from './test-clock';
export * from './file-clock';
export * from './free-port';
export * from './compiled-tree';
export * from './exact-view';
export * from './route-operations';
export * from './webhook-test-receiver';
export * from './smtp-test-server';
