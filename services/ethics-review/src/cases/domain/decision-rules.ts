import { invalid } from '@hpc-access/eventsourcing';
import type { ChairOutcome, Condition } from './ethics-case';

const DAY_MS = 86_400_000;

/** Each outcome carries what it needs, and only that. */
export function assertDecisionComplete(data: { outcome: ChairOutcome; conditions: unknown[]; reasons: string[]; questions: string[] }): void {
  const { outcome, conditions, reasons, questions } = data;
  if (outcome === 'cleared-with-conditions' && conditions.length === 0) throw invalid('conditions-required', 'a clearance with conditions names at least one condition', 'conditions');
  if (outcome !== 'cleared-with-conditions' && conditions.length > 0) throw invalid('conditions-not-allowed', `conditions belong to a clearance with conditions, not to ${outcome}`, 'conditions');
  if (outcome === 'refused' && reasons.length === 0) throw invalid('reasons-required', 'a refusal gives its reasons', 'reasons');
  if (outcome === 'information-requested' && questions.length === 0) throw invalid('questions-required', 'a request for information asks at least one question', 'questions');
  if (outcome !== 'information-requested' && questions.length > 0) throw invalid('questions-not-allowed', `questions belong to a request for information, not to ${outcome}`, 'questions');
}

/**
 * Conditions with ids made from the case id and their position, so the same decision replayed or
 * relayed twice names the same obligations in governance. Without a due date, the configured
 * number of days from the decision applies; a due date must lie after the decision day.
 */
export function conditionsOf(caseId: string, conditions: Array<{ text: string; dueDate?: string }>, now: Date, defaultDueDays: number): Condition[] {
  const today = now.toISOString().slice(0, 10);
  return conditions.map((c, index) => {
    const dueDate = c.dueDate ?? new Date(now.getTime() + defaultDueDays * DAY_MS).toISOString().slice(0, 10);
    if (dueDate.slice(0, 10) <= today) throw invalid('condition-due-date-past', 'a condition falls due after the decision day', `conditions.${index}.dueDate`);
    return { conditionId: `${caseId}-condition-${index + 1}`, text: c.text, dueDate };
  });
}
