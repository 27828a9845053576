import { applicationSummariesProjection } from './applications/list-applications/application-summaries.projection';
import { organisationSummariesProjection } from './organisations/organisation-summaries.projection';
export * from './intake.module';
export * from './intake.tokens';
export { loadProgrammeRules } from './programme/programme-config';
export type { ProgrammeRules, AccessMode } from './programme/programme-rules';
export { IntakeRuntime } from './intake-runtime';
export { intakeService } from './intake-service';
export { INTAKE_PERSONAL_DATA } from './intake-personal-data';
// The list's query, for the lists bench (test/bench, issue 20): it times the route's own SQL.
export { listApplicationSummaries } from './applications/list-applications/application-summaries.queries';

/** The read models its runtime runs, each built for a schema: what `npm run rebuild` may rebuild (ADR 31). */
export const intakeReadModels = [applicationSummariesProjection, organisationSummariesProjection] as const;
