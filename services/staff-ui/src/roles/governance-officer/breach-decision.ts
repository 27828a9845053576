import type { Schemas } from '../../api/client';

export interface BreachDecisionValues {
  decision: Schemas['BreachDecisionDto']['decision'] | '';
  note: string;
}

export const BREACH_DECISION_FIELDS = ['decision', 'note'] as const;

export function toBreachDecision(values: BreachDecisionValues): Schemas['BreachDecisionDto'] {
  return { decision: values.decision as Schemas['BreachDecisionDto']['decision'], note: values.note.trim() };
}

type Translate = (key: string) => string;

export function breachDecisionValidators(t: Translate) {
  return {
    decision: (value: string) => (value === '' ? t('breaches.decisionRequired') : null),
    note: (value: string) => (value.trim().length === 0 || value.trim().length > 2000 ? t('breaches.noteRequired') : null),
  };
}
