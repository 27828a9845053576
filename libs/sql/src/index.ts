// The SQL toolkit every service stands on: a connection (PostgreSQL or embedded PGlite), transactions,
// prepared statements, migrations, schema names, storage state, the data-directory lock, and read
// models as folds of events (read-models/: a pure evolve per row, the table only at the edge).
export * from './database';
export * from './postgres-database';
export * from './pglite-database';
export * from './data-directory-errors';
export * from './data-directory-lock';
export * from './storage-state';
export * from './schema-name';
export * from './sql-statements';
export * from './migrations';
export * from './repo-files';
export * from './read-models';
