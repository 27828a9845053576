import { applicationSummariesProjection } from './applications/read-models/application-summaries.projection';
import { allocationSummariesProjection } from './allocations/read-models/allocation-summaries.projection';
import { capacityProjection } from './capacity/read-models/capacity.projection';
import { callsProjection } from './calls/read-models/calls.projection';
import { siteOrdersProjection } from './site-orders/site-orders.projection';
export { AllocationModule, type AllocationModuleOptions } from './allocation.module';
export { AllocationRuntime } from './allocation-runtime';
export { allocationService } from './allocation-service';

/** The read models its runtime runs, each built for a schema: what `npm run rebuild` may rebuild (ADR 31). */
export const allocationReadModels = [applicationSummariesProjection, allocationSummariesProjection, capacityProjection, callsProjection, siteOrdersProjection] as const;
