// The pure domain of this service that other projects may read (the audit service folds events
// with it, issue 17): state, initial state, evolve and stream ids only; no decide, no I/O. The
// alias is in tsconfig.base.json and the module-boundary exemption in eslint.config.mjs.
export { allocationStreamId, evolveAllocation, initialAllocationState, type AllocationEvent, type AllocationState } from '../allocations/domain/allocation';
export { applicationStreamId, evolveApplication, initialApplicationState, type ApplicationEvent, type ApplicationState } from '../applications/domain/allocation-application';
export { evolveLedger, initialLedgerState, ledgerStreamId, type LedgerEvent, type LedgerState } from '../capacity/domain/partition-ledger';
