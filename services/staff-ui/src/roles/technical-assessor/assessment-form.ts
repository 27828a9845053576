import type { Schemas } from '../../api/client';

export interface AssessmentFormValues {
  outcome: Schemas['TechnicalAssessmentDto']['outcome'];
  remarks: string;
}

export const ASSESSMENT_FIELDS = ['outcome', 'remarks'] as const;

/** Remarks are needed unless the application is accepted as is (TechnicalAssessmentDto). */
export function assessmentValidators(message: string) {
  return { remarks: (value: string, values: AssessmentFormValues) => (values.outcome !== 'accepted' && value.trim() === '' ? message : null) };
}

export function toAssessment(values: AssessmentFormValues): Schemas['TechnicalAssessmentDto'] {
  return values.remarks.trim() === '' ? { outcome: values.outcome } : { outcome: values.outcome, remarks: values.remarks.trim() };
}

/** Still waiting for the site: registered in allocation (not decided, withdrawn or refused) and no technical outcome yet. */
export function waitsForAssessment(a: { technicalOutcome: string | null; status: string }): boolean {
  return a.technicalOutcome === null && ['registered', 'held', 'queued', 'hold-expired', 'awaiting-cut-off', 'reserve'].includes(a.status);
}
