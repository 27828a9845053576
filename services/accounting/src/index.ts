import { allocationBalancesProjection } from './allocations/list-allocations/allocation-balances.projection';
export { AccountingModule, type AccountingModuleOptions } from './accounting.module';
export { AccountingRuntime } from './accounting-runtime';
export { accountingService } from './accounting-service';

/** The read models its runtime runs, each built for a schema: what `npm run rebuild` may rebuild (ADR 31). */
export const accountingReadModels = [allocationBalancesProjection] as const;
