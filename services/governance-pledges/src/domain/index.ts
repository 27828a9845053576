// The pure domain of this service that other projects may read (the audit service folds events
// with it, issue 17): state, initial state, evolve and stream ids only; no decide, no I/O. The
// alias is in tsconfig.base.json and the module-boundary exemption in eslint.config.mjs.
export { breachReportStreamId, evolveBreachReport, initialBreachReportState, type BreachReportEvent, type BreachReportState } from '../breach-reports/domain/breach-report';
export { evolveOrganisationPledge, initialOrganisationPledgeState, organisationPledgeStreamId, type OrganisationPledgeEvent, type OrganisationPledgeState } from '../organisations/domain/organisation-pledge';
