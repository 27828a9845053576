import type { ApplicationState } from './domain/allocation-application';

/** One application as its stream has it, with the ETag-worthy revision. */
export function applicationView(state: ApplicationState, revision: number) {
  return {
    applicationId: state.applicationId,
    organisationId: state.organisationId,
    status: state.status,
    mode: state.mode,
    submittedAt: state.submittedAt,
    request: state.request,
    technicalAssessment: state.technical,
    ethics: state.ethics,
    scores: state.scores,
    allocationId: state.allocationId,
    revision,
  };
}
