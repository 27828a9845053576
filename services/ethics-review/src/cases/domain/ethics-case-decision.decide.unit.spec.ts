import { deciderSpec } from '@hpc-access/testing';
import { APP, AT, ORG, as, assigned, assignmentEnded, chair, declaredNoConflict, informationRequested, opened, readyForDecision, recused, reviewed } from '../../testing-only/case-spec-fixtures';
import { ethicsCaseDecider, type EthicsCaseCommand } from './ethics-case.decide';
import type { ChairOutcome } from './ethics-case';

const spec = deciderSpec(ethicsCaseDecider);
const decide = (
  outcome: ChairOutcome,
  extra: Partial<{ conditions: Array<{ text: string; dueDate?: string }>; reasons: string[]; questions: string[] }> = {},
  context = chair,
): EthicsCaseCommand => ({ type: 'DecideCase', data: { outcome, conditions: [], reasons: [], questions: [], defaultConditionDueDays: 90, ...extra }, context });
const decided = (outcome: 'cleared' | 'cleared-with-conditions' | 'refused', conditions: Array<{ conditionId: string; text: string; dueDate: string }> = [], reasons: string[] = []) => ({
  type: 'EthicsCaseDecided' as const,
  data: { caseId: APP, applicationId: APP, organisationId: ORG, outcome, conditions, reasons, decidedBy: 'chair-1', automatic: false, decidedAt: AT },
});

describe('the chair decides once the reviews are in', () => {
  // Deciding ends every reviewer's assignment: their access to the dossier ends with the case.
  const ended = [assignmentEnded('rev-a'), assignmentEnded('rev-b')];

  it('clears, and the reviewers\' assignments end', () => {
    spec.given(readyForDecision).when(decide('cleared')).then([decided('cleared'), ...ended]);
    spec.given(readyForDecision).when(decide('cleared')).thenState({ assignments: [expect.objectContaining({ reviewerId: 'rev-a', endedAt: AT }), expect.objectContaining({ reviewerId: 'rev-b', endedAt: AT })] });
  });

  it('ends no assignment of a recused reviewer (it ended with the recusal)', () => {
    const withRecusal = [opened(1), assigned('rev-x'), recused('rev-x'), assigned('rev-a'), declaredNoConflict('rev-a'), reviewed('rev-a')];
    spec.given(withRecusal).when(decide('cleared')).then([{ ...decided('cleared') }, assignmentEnded('rev-a')]);
  });

  it('clears with conditions whose ids come from the case and their position, due by date or after the configured days', () => {
    spec.given(readyForDecision).when(decide('cleared-with-conditions', { conditions: [{ text: 'Publish a model card', dueDate: '2027-03-01' }, { text: 'Data protection impact assessment' }] }))
      .then([decided('cleared-with-conditions', [
        { conditionId: `${APP}-condition-1`, text: 'Publish a model card', dueDate: '2027-03-01' },
        { conditionId: `${APP}-condition-2`, text: 'Data protection impact assessment', dueDate: '2027-01-31' },
      ]), ...ended]);
  });

  it('refuses with reasons', () => {
    spec.given(readyForDecision).when(decide('refused', { reasons: ['Biometric categorisation'] })).then([decided('refused', [], ['Biometric categorisation']), ...ended]);
  });

  it('asks for more information, and the case waits for the answers (the reviewers stay on it)', () => {
    spec.given(readyForDecision).when(decide('information-requested', { questions: ['Which datasets hold personal data?'] })).then([informationRequested]);
    spec.given([...readyForDecision, informationRequested]).when(decide('cleared')).thenThrows('awaiting-information', { kind: 'conflict' });
  });

  it('decides after the answers came, on the reviews already in', () => {
    const answered = { type: 'EthicsInformationReceived' as const, data: { caseId: APP, answers: ['None'], providedAt: AT } };
    spec.given([...readyForDecision, informationRequested, answered]).when(decide('cleared')).then([decided('cleared'), ...ended]);
  });

  it('not before the required reviews are in', () => {
    spec.given([opened(), assigned('rev-a'), declaredNoConflict('rev-a'), reviewed('rev-a')]).when(decide('cleared'))
      .thenThrows('reviews-outstanding', { kind: 'conflict', message: '1 of 2 required review(s) are in' });
  });

  it('each outcome carries what it needs and nothing else', () => {
    spec.given(readyForDecision).when(decide('cleared-with-conditions')).thenThrows('conditions-required', { kind: 'invalid', field: 'conditions' });
    spec.given(readyForDecision).when(decide('cleared', { conditions: [{ text: 'x' }] })).thenThrows('conditions-not-allowed', { field: 'conditions' });
    spec.given(readyForDecision).when(decide('refused')).thenThrows('reasons-required', { field: 'reasons' });
    spec.given(readyForDecision).when(decide('information-requested')).thenThrows('questions-required', { field: 'questions' });
    spec.given(readyForDecision).when(decide('cleared', { questions: ['Why?'] })).thenThrows('questions-not-allowed', { field: 'questions' });
  });

  it('a condition falls due after the decision day', () => {
    spec.given(readyForDecision).when(decide('cleared-with-conditions', { conditions: [{ text: 'Model card', dueDate: '2026-11-02' }] }))
      .thenThrows('condition-due-date-past', { kind: 'invalid', field: 'conditions.0.dueDate' });
  });

  it('a chair of the applicant organisation may not decide', () => {
    spec.given(readyForDecision).when(decide('cleared', {}, as('chair-9', 'ethics-chair', 'org-nova'))).thenThrows('own-organisation', { kind: 'forbidden' });
  });

  it('a reviewer of the case may not decide it as chair', () => {
    spec.given(readyForDecision).when(decide('cleared', {}, as('rev-a', 'ethics-chair', 'rev-a-uni'))).thenThrows('reviewer-cannot-decide', { kind: 'forbidden' });
  });

  it('decides once', () => {
    spec.given([...readyForDecision, decided('cleared')]).when(decide('refused', { reasons: ['x'] })).thenThrows('case-closed', { kind: 'conflict' });
  });
});
