// The event-store adapter on PostgreSQL and PGlite: the store, the projection runner, the personal-data
// keys. Only composition (a service's module wiring, the platform, benches and tests) names it; services
// and shared libraries take the port of libs/eventsourcing (ADR 24).
export * from './event-store-migrations';
export * from './event-rows';
export * from './event-queries';
export * from './expected-revision';
export * from './appended';
export * from './polling-subscription';
export * from './postgres-event-store';
export * from './projection-checkpoints';
export * from './postgres-projection-runner';
export * from './postgres-personal-data-keys';
export * from './rebuild/shadow-rebuild';
