/** DI tokens of the accounting service. */
export const ACCOUNTING_DB = Symbol('ACCOUNTING_DB');
export const ACCOUNTING_BUS = Symbol('ACCOUNTING_BUS');
export const ACCOUNTING_STORE = Symbol('ACCOUNTING_STORE');
export const ACCOUNTING_OPTIONS = Symbol('ACCOUNTING_OPTIONS');
export const ACCOUNTING_DEADLINES = Symbol('ACCOUNTING_DEADLINES');
export const ACCOUNTING_CLOCK = Symbol('ACCOUNTING_CLOCK');

export { systemClock, type Clock } from '@hpc-access/eventsourcing';

export interface AccountingOptionsShape {
  /** The database schema holding accounting's events, ledger and read models. */
  schema: string;
  /** Where the seed configuration is read at first start. */
  seedFile: string;
}
