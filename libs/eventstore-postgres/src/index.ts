export * from './database';
export * from './postgres-database';
export * from './pglite-database';
