export * from './decider-spec';
export * from './in-memory-personal-data-keys';
export * from './eventually';
export * from './test-databases';
export * from './event-store-contract';
