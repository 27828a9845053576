export type { CommandContext } from '@hpc-access/eventsourcing';
