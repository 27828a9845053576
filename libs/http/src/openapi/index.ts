export * from './problem.schema';
export * from './responses';
export * from './organisation-id';
