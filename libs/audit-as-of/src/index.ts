// An entity as of an instant (issue 17, ADR 32): the entity types (owning service, stream id, the
// service's own initial state and evolve) and the pure fold over stored events. Shared by the
// audit service's as-of route and `hpc-audit replay`, so both answer with the same fold.
export * from './entity-types';
export * from './as-of.fold';
