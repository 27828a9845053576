type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The answer to an information request (intake's or the ethics board's): ProvideInformationDto's bounds. */
export interface InformationAnswerValues {
  answer: string;
}

export const INFORMATION_ANSWER_FIELDS: readonly string[] = ['answer'];

export const answerValidators = (t: Translate) => ({
  answer: (v: string) => (v.trim().length < 1 ? t('validation.required') : v.length > 10000 ? t('validation.tooLong', { max: 10000 }) : null),
});

/** Whether the application waits on the applicant's answer, and to whom. */
export function openRequestOf(status: string): 'intake' | 'ethics' | null {
  if (status === 'information-requested') return 'intake';
  if (status === 'ethics-information-requested') return 'ethics';
  return null;
}
