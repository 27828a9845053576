/** DI tokens of the ethics review service. */
export const ETHICS_STORE = Symbol('ETHICS_STORE');
export const ETHICS_DB = Symbol('ETHICS_DB');
export const ETHICS_BUS = Symbol('ETHICS_BUS');
export const ETHICS_OPTIONS = Symbol('ETHICS_OPTIONS');
export const ETHICS_DEADLINES = Symbol('ETHICS_DEADLINES');
export const CLOCK = Symbol('ETHICS_CLOCK');

export { systemClock, type Clock } from '@hpc-access/eventsourcing';

export interface EthicsOptionsShape {
  /** The database schema holding ethics review's events, read models, inbox and deadlines. */
  schema: string;
}
