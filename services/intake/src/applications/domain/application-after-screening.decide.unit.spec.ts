import { at, history, given, provideInformation, withdraw, ids } from '../../testing-only/application-spec-fixtures';
import type { ApplicationCommand } from './application.decide';

// After eligibility, ethics review and allocation decide; intake records their outcomes so the
// applicant follows the application in one place, and relays the applicant's answers to ethics.
const system = { now: new Date(at), actor: { id: 'ethics-review', role: 'system' } };
const ethicsAsks: ApplicationCommand = { type: 'RecordEthicsInformationRequest', data: { questions: ['How is consent for the speech data obtained?'] }, context: system };
const award: ApplicationCommand = { type: 'RecordAward', data: { allocationId: 'alloc-1', projectId: 'EHPC-AIF-2026PG01-0001' }, context: system };
const refusal: ApplicationCommand = { type: 'RecordRefusal', data: { by: 'ethics-review', reasons: ['Article 5 practice'] }, context: system };

describe('questions from ethics review', () => {
  it('an eligible application records the questions and waits for the applicant', () => {
    given(history.eligible)
      .when(ethicsAsks)
      .then([{ type: 'EthicsInformationRequested', data: { ...ids, questions: ['How is consent for the speech data obtained?'], requestedAt: at } }]);
  });

  it('the applicant answers through intake; the application is back in review', () => {
    given(history['ethics-information-requested'])
      .when(provideInformation())
      .then([{ type: 'EthicsInformationProvided', data: { ...ids, answer: 'The booster.', providedAt: at } }]);
    given([...history['ethics-information-requested'], { type: 'EthicsInformationProvided', data: { ...ids, answer: 'x', providedAt: at } }])
      .when(withdraw())
      .then([{ type: 'ApplicationWithdrawn', data: { ...ids, reason: 'changed plans', withdrawnAt: at } }]);
  });

  it('an answer to ethics cannot change the proposal found eligible', () => {
    given(history['ethics-information-requested']).when(provideInformation({ gpuHours: 4000 })).thenThrows('no-changes-in-review', { kind: 'invalid', field: 'changes' });
  });

  it('questions arriving after a withdrawal change nothing', () => {
    given([...history.eligible, { type: 'ApplicationWithdrawn', data: { ...ids, reason: 'x', withdrawnAt: at } }]).when(ethicsAsks).then([]);
  });
});

describe('award and refusal', () => {
  it('an award is recorded and ends the time an application can be withdrawn', () => {
    given(history.eligible)
      .when(award)
      .then([{ type: 'ApplicationAwarded', data: { applicationId: 'app-1', allocationId: 'alloc-1', projectId: 'EHPC-AIF-2026PG01-0001', awardedAt: at } }]);
    given(history.awarded).when(withdraw()).thenThrows('not-withdrawable', { kind: 'conflict' });
  });

  it('a redelivered award changes nothing', () => {
    given(history.awarded).when(award).then([]);
  });

  it('a refusal by ethics review is recorded with its reasons', () => {
    given(history.eligible)
      .when(refusal)
      .then([{ type: 'ApplicationRefused', data: { applicationId: 'app-1', by: 'ethics-review', reasons: ['Article 5 practice'], refusedAt: at } }]);
    given(history.eligible).when(refusal).thenState({ status: 'refused', reasons: ['Article 5 practice'] });
  });

  it('a refusal of a withdrawn application changes nothing', () => {
    given(history.withdrawn).when(refusal).then([]);
  });
});
