import { deciderSpec } from '@hpc-access/testing';
import { APP, AT, ORG, as, assigned, assignmentEnded, dossier, informationRequested, opened, readyForDecision } from '../../testing-only/case-spec-fixtures';
import { PROHIBITED_PRACTICE_REASON, ethicsCaseDecider } from './ethics-case.decide';

const system = as('intake', 'system');
const spec = deciderSpec(ethicsCaseDecider);

describe('an ethics case opens when intake finds an application eligible', () => {
  it('opens with the application id as case id and the reviewers its mode requires', () => {
    spec.when({ type: 'OpenCase', data: { applicationId: APP, organisationId: ORG, dossier: dossier(), reviewersRequired: 2 }, context: system })
      .then([opened()]);
  });

  it('a redelivered screening opens nothing more', () => {
    spec.given([opened()]).when({ type: 'OpenCase', data: { applicationId: APP, organisationId: ORG, dossier: dossier(), reviewersRequired: 2 }, context: system }).then([]);
  });

  it('refuses at once, without reviewers, a practice prohibited by AI Act Article 5', () => {
    const prohibited = dossier({ prohibitedPractice: true });
    spec.when({ type: 'OpenCase', data: { applicationId: APP, organisationId: ORG, dossier: prohibited, reviewersRequired: 2 }, context: system }).then([
      { type: 'EthicsCaseOpened', data: { caseId: APP, applicationId: APP, organisationId: ORG, mode: 'large-scale', dossier: prohibited, reviewersRequired: 2, openedAt: AT } },
      { type: 'EthicsCaseDecided', data: { caseId: APP, applicationId: APP, organisationId: ORG, outcome: 'refused', conditions: [], reasons: [PROHIBITED_PRACTICE_REASON], decidedBy: 'intake', automatic: true, decidedAt: AT } },
    ]);
  });
});

describe('intake tells ethics review what the applicant did', () => {
  const answered = { type: 'RecordInformationProvided' as const, data: { answers: ['Only public web text'], providedAt: AT }, context: system };

  it('answers to the chair questions send the case back to the chair, reviews kept', () => {
    spec.given([...readyForDecision, informationRequested]).when(answered)
      .then([{ type: 'EthicsInformationReceived', data: { caseId: APP, answers: ['Only public web text'], providedAt: AT } }]);
    spec.given([...readyForDecision, informationRequested]).when(answered).thenState({ status: 'awaiting-decision', reviews: [expect.anything(), expect.anything()] });
  });

  it('answers nobody in ethics asked for change nothing', () => {
    spec.given(readyForDecision).when(answered).then([]);
    spec.when(answered).then([]);
  });

  it('a withdrawn application closes its open case as withdrawn, ending the assignments', () => {
    spec.given([opened(), assigned('rev-a')]).when({ type: 'CloseWithdrawnCase', data: { withdrawnAt: AT }, context: system })
      .then([{ type: 'EthicsCaseWithdrawn', data: { caseId: APP, withdrawnAt: AT } }, assignmentEnded('rev-a', 'case-withdrawn')]);
  });

  it('a withdrawal finds nothing to close before a case opens or after its decision', () => {
    spec.when({ type: 'CloseWithdrawnCase', data: { withdrawnAt: AT }, context: system }).then([]);
    const decided = { type: 'EthicsCaseDecided' as const, data: { caseId: APP, applicationId: APP, organisationId: ORG, outcome: 'cleared' as const, conditions: [], reasons: [], decidedBy: 'chair-2', automatic: false, decidedAt: AT } };
    spec.given([...readyForDecision, decided]).when({ type: 'CloseWithdrawnCase', data: { withdrawnAt: AT }, context: system }).then([]);
  });
});

describe('a review deadline', () => {
  const overdue = (reviewerId: string) => ({ type: 'MarkReviewOverdue' as const, data: { reviewerId }, context: as('scheduler', 'system') });

  it('marks a review still owed as overdue, once', () => {
    spec.given([opened(), assigned('rev-a')]).when(overdue('rev-a'))
      .then([{ type: 'ReviewOverdue', data: { caseId: APP, reviewerId: 'rev-a', dueAt: '2026-11-12T09:00:00.000Z' } }]);
    spec.given([opened(), assigned('rev-a'), { type: 'ReviewOverdue', data: { caseId: APP, reviewerId: 'rev-a', dueAt: AT } }]).when(overdue('rev-a')).then([]);
  });

  it('met by a review, a recusal or a closed case is nothing to do', () => {
    spec.given(readyForDecision).when(overdue('rev-a')).then([]);
    spec.given([opened(), assigned('rev-a'), { type: 'ReviewerRecused', data: { caseId: APP, reviewerId: 'rev-a', statement: 'x', declaredAt: AT } }]).when(overdue('rev-a')).then([]);
    spec.given([opened(), assigned('rev-a'), { type: 'EthicsCaseWithdrawn', data: { caseId: APP, withdrawnAt: AT } }]).when(overdue('rev-a')).then([]);
    spec.when(overdue('rev-a')).then([]);
  });
});
