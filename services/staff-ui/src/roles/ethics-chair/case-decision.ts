import type { Schemas } from '../../api/client';

export const OUTCOMES = ['cleared', 'cleared-with-conditions', 'information-requested', 'refused'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface DecisionFormValues {
  outcome: Outcome;
  /** One reason per line (refused; optional otherwise). */
  reasons: string;
  /** One question per line (information-requested). */
  questions: string;
  conditions: Array<{ text: string; dueDate: string }>;
}

/** The form's paths; the API's `conditions.0.text` lands on that condition's field, `reasons.1` on the text area. */
export const DECISION_FIELDS = ['outcome', 'reasons', 'questions', 'conditions'] as const;

export function conditionFields(count: number): string[] {
  return Array.from({ length: count }, (_, i) => [`conditions.${i}.text`, `conditions.${i}.dueDate`]).flat();
}

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** The body the API takes (DecisionDto): conditions only with conditions, questions only when asking. */
export function toDecision(values: DecisionFormValues): Schemas['DecisionDto'] {
  const body: Schemas['DecisionDto'] = { outcome: values.outcome };
  if (values.outcome === 'cleared-with-conditions') {
    body.conditions = values.conditions.filter((c) => c.text.trim() !== '').map((c) => ({ text: c.text.trim(), ...(c.dueDate ? { dueDate: c.dueDate } : {}) }));
  }
  if (values.outcome === 'information-requested') body.questions = lines(values.questions);
  else if (lines(values.reasons).length > 0) body.reasons = lines(values.reasons);
  return body;
}

type Translate = (key: string) => string;

/** As the chair types: what each outcome needs (DecisionDto and the decision rules), so the API is asked only with a complete decision. */
export function decisionValidators(t: Translate, today: string) {
  const eachLine = (text: string) => (lines(text).some((line) => line.length < 3 || line.length > 2000) ? t('decision.lineLength') : null);
  return {
    reasons: (value: string, values: DecisionFormValues) => (values.outcome === 'refused' && lines(value).length === 0 ? t('decision.reasonsRequired') : values.outcome === 'information-requested' ? null : eachLine(value)),
    questions: (value: string, values: DecisionFormValues) => (values.outcome !== 'information-requested' ? null : lines(value).length === 0 ? t('decision.questionsRequired') : eachLine(value)),
    conditions: {
      text: (value: string, values: DecisionFormValues) => {
        if (values.outcome !== 'cleared-with-conditions') return null;
        const filled = values.conditions.filter((c) => c.text.trim() !== '').length;
        if (filled === 0) return t('decision.conditionRequired');
        return value.trim() !== '' && (value.trim().length < 3 || value.trim().length > 2000) ? t('decision.lineLength') : null;
      },
      dueDate: (value: string, values: DecisionFormValues) => (values.outcome === 'cleared-with-conditions' && value !== '' && value <= today ? t('decision.dueAfterToday') : null),
    },
  };
}
