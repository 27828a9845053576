import type { Schemas } from '../../api/client';

export type DecisionKind = 'eligible' | 'ineligible' | 'information-requested';

export interface DecisionFormValues {
  decision: DecisionKind;
  reasons: string;
  questions: string;
  note: string;
}

/** The decision form's paths; the API names `reasons.0` etc., which land on the text area. */
export const DECISION_FIELDS = ['decision', 'reasons', 'questions', 'note'] as const;

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** The body the API takes: reasons only when ineligible, questions only when asking. */
export function toScreeningDecision(values: DecisionFormValues): Schemas['ScreeningDecisionDto'] {
  const body: Schemas['ScreeningDecisionDto'] = { decision: values.decision };
  if (values.decision === 'ineligible') body.reasons = lines(values.reasons);
  if (values.decision === 'information-requested') body.questions = lines(values.questions);
  if (values.note.trim() !== '') body.note = values.note.trim();
  return body;
}

type Translate = (key: string) => string;

/** As the officer types: what the decision needs (reasons, questions) and each line's length (ScreeningDecisionDto). */
export function decisionValidators(t: Translate) {
  const eachLine = (text: string) => (lines(text).some((line) => line.length < 3 || line.length > 2000) ? t('review.lineLength') : null);
  return {
    reasons: (value: string, values: DecisionFormValues) => (values.decision !== 'ineligible' ? null : lines(value).length === 0 ? t('review.reasonsRequired') : eachLine(value)),
    questions: (value: string, values: DecisionFormValues) => (values.decision !== 'information-requested' ? null : lines(value).length === 0 ? t('review.questionsRequired') : eachLine(value)),
  };
}
