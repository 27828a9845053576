/** DI tokens of the intake service. */
export const INTAKE_STORE = Symbol('INTAKE_STORE');
export const INTAKE_DB = Symbol('INTAKE_DB');
export const INTAKE_OPTIONS = Symbol('INTAKE_OPTIONS');
export const CLOCK = Symbol('CLOCK');

export { systemClock, type Clock } from '@hpc-access/eventsourcing';

export interface IntakeOptionsShape {
  /** The database schema holding intake's events and read models. */
  schema: string;
}
export const INTAKE_KEYS = Symbol('INTAKE_KEYS');
/** `PersonalDataKeysIn<Sql>`: people's keys through a transaction, so a new key commits with its append. */
export const INTAKE_KEYS_IN = Symbol('INTAKE_KEYS_IN');
export const INTAKE_RAW_STORE = Symbol('INTAKE_RAW_STORE');
export const INTAKE_BUS = Symbol('INTAKE_BUS');
