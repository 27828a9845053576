export { findRepoFile } from '@hpc-access/eventstore-postgres';
