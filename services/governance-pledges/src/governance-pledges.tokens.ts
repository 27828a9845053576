/** DI tokens of the governance-pledges service. */
export const GOVERNANCE_DB = Symbol('GOVERNANCE_DB');
export const GOVERNANCE_BUS = Symbol('GOVERNANCE_BUS');
export const GOVERNANCE_OPTIONS = Symbol('GOVERNANCE_OPTIONS');
/** The PostgresEventStore of the schema, migrated: governance keeps no personal data, so no encryption layer. */
export const GOVERNANCE_STORE = Symbol('GOVERNANCE_STORE');
/** The persisted deadlines (ScheduledCommands) of the schema. */
export const GOVERNANCE_DEADLINES = Symbol('GOVERNANCE_DEADLINES');
export const GOVERNANCE_CLOCK = Symbol('GOVERNANCE_CLOCK');

export { systemClock, type Clock } from '@hpc-access/eventsourcing';

export interface GovernanceOptionsShape {
  /** The database schema holding governance's events, read models, inbox, deadlines and checkpoints. */
  schema: string;
}
