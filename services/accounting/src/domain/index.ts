// The pure domain of this service that other projects may read (the audit service folds events
// with it, issue 17): state, initial state, evolve and stream ids only; no decide, no I/O. The
// alias is in tsconfig.base.json and the module-boundary exemption in eslint.config.mjs.
export { allocationAccountStreamId, evolveAllocationAccount, initialAllocationAccountState, type AllocationAccountEvent, type AllocationAccountState } from '../allocations/domain/allocation-account';
