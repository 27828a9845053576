/** DI tokens of the allocation service. */
export const ALLOCATION_DB = Symbol('ALLOCATION_DB');
export const ALLOCATION_BUS = Symbol('ALLOCATION_BUS');
export const ALLOCATION_OPTIONS = Symbol('ALLOCATION_OPTIONS');
export const ALLOCATION_STORE = Symbol('ALLOCATION_STORE');
export const ALLOCATION_DEADLINES = Symbol('ALLOCATION_DEADLINES');
export const ALLOCATION_CLOCK = Symbol('ALLOCATION_CLOCK');
/** `PersonalDataKeysIn<Sql>`: members' keys through a transaction (crypto-shredding, ADR 6). */
export const ALLOCATION_KEYS = Symbol('ALLOCATION_KEYS');

export interface AllocationOptionsShape {
  /** The database schema holding allocation's events, read models, inbox, deadlines and checkpoints. */
  schema: string;
  /** The seed read at first start. */
  seedPath: string;
}
