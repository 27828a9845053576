// The pure domain of this service that other projects may read (the audit service folds events
// with it, issue 17): state, initial state, evolve and stream ids only; no decide, no I/O. The
// alias is in tsconfig.base.json and the module-boundary exemption in eslint.config.mjs.
export { applicationStreamId, evolveApplication, initialApplicationState, type ApplicationEvent, type ApplicationState } from '../applications/domain/application';
export { evolveOrganisation, initialOrganisationState, organisationStreamId, type OrganisationEvent, type OrganisationState } from '../organisations/domain/organisation';
