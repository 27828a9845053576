import { organisationPledgesProjection } from './organisations/list-organisations/organisation-pledges.projection';
import { breachReportsProjection } from './breach-reports/list-breach-reports/breach-reports.projection';
export { GovernancePledgesModule, type GovernancePledgesModuleOptions } from './governance-pledges.module';
export { GovernancePledgesRuntime } from './governance-pledges-runtime';
export { governancePledgesService } from './governance-pledges-service';

/** The read models its runtime runs, each built for a schema: what `npm run rebuild` may rebuild (ADR 31). */
export const governancePledgesReadModels = [organisationPledgesProjection, breachReportsProjection] as const;
