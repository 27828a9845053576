import { etagFor } from '@hpc-access/http';
import type { Response } from 'express';
import type { AllocationResult } from './allocation-commands';

/** The allocation as a read or a command answers it, its revision as the ETag. */
export function respondWithAllocation(res: Response, { state, revision }: AllocationResult) {
  res.setHeader('ETag', etagFor(revision));
  return {
    ...state.terms,
    status: state.status,
    suspendedBy: state.suspendedBy,
    suspensions: state.suspensions,
    closure: state.closure,
    decision: state.decision,
    activatedAt: state.activatedAt,
    finalReportDue: state.finalReportDue,
    finalReportSubmittedAt: state.finalReportSubmittedAt,
    finalReportOverdue: state.finalReportOverdue,
    revision,
  };
}
