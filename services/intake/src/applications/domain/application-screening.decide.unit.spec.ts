import {
  at,
  officer,
  officerOfApplicant,
  officerOfOtherOrganisation,
  proposal,
  eligibleFacts,
  passingChecks,
  PLEDGE_MISSING,
  failing,
  ids,
  drafted,
  amended,
  submitted,
  screeningStarted,
  informationRequested,
  informationProvided,
  history,
  startScreening,
  decideScreening,
  provideInformation,
  withdraw,
  given,
  removed,
} from '../../testing-only/application-spec-fixtures';
import { type ApplicationStatus } from './application';

describe('starting the eligibility screening', () => {
  it('an intake officer starts screening a submitted application and the automatic checks are recorded', () => {
    given(history.submitted).when(startScreening()).then([{ type: 'ScreeningStarted', data: { applicationId: 'app-1', checks: passingChecks, startedAt: at } }]);
  });

  it('screening starts even when an automatic check fails: the officer decides', () => {
    given(history.submitted)
      .when(startScreening(officer, { ...eligibleFacts, pledgeSigned: false }))
      .then([{ type: 'ScreeningStarted', data: { applicationId: 'app-1', checks: failing('pledge-signed', PLEDGE_MISSING), startedAt: at } }]);
  });

  it('screening checks the proposal as amended after submission', () => {
    given([...history.submitted, amended({ gpuHours: 5001 })])
      .when(startScreening())
      .then([{ type: 'ScreeningStarted', data: { applicationId: 'app-1', checks: failing('within-mode-limits', 'playground allows 1 to 5000 GPU-hours, 5001 requested'), startedAt: at } }]);
  });

  it('an officer of the applicant organisation may not screen its application', () => {
    given(history.submitted).when(startScreening(officerOfApplicant)).thenThrows('own-organisation', { kind: 'forbidden' });
  });

  it('an officer belonging to another organisation may screen the application', () => {
    given(history.submitted).when(startScreening(officerOfOtherOrganisation)).then([{ type: 'ScreeningStarted', data: { applicationId: 'app-1', checks: passingChecks, startedAt: at } }]);
  });

  it.each<[string, ApplicationStatus]>([
    ['a draft', 'draft'],
    ['an application already in screening', 'screening'],
    ['an application awaiting requested information', 'information-requested'],
    ['an eligible application', 'eligible'],
    ['an ineligible application', 'ineligible'],
    ['a withdrawn application', 'withdrawn'],
  ])('screening cannot start on %s', (_, status) => {
    given(history[status]).when(startScreening()).thenThrows('not-awaiting-screening', { kind: 'conflict' });
  });

  it('screening cannot start on an unknown application', () => {
    given().when(startScreening()).thenThrows('application-not-found', { kind: 'not_found' });
  });
});

describe('deciding the screening', () => {
  it('an officer confirms eligibility when every automatic check passes', () => {
    given(history.screening)
      .when(decideScreening({ decision: 'eligible', note: 'fine' }))
      .then([{ type: 'ApplicationFoundEligible', data: { ...ids, checks: passingChecks, note: 'fine', decidedAt: at, proposal } }]);
  });

  it('eligibility cannot be confirmed when an automatic check of the proposal fails', () => {
    const military = { ...proposal, civilianUse: false };
    given([drafted(military), submitted(military), screeningStarted()])
      .when(decideScreening({ decision: 'eligible' }))
      .thenThrows('automatic-checks-failed', { kind: 'invalid', field: 'decision', message: expect.stringContaining('the programme supports civilian use only') });
  });

  it('checks run again at decision time: a pledge withdrawn since screening started blocks eligibility', () => {
    given(history.screening)
      .when(decideScreening({ decision: 'eligible', facts: { ...eligibleFacts, pledgeSigned: false } }))
      .thenThrows('automatic-checks-failed', { kind: 'invalid', message: expect.stringContaining(PLEDGE_MISSING) });
  });

  it('an officer finds an application ineligible for the reasons they give', () => {
    given(history.screening)
      .when(decideScreening({ decision: 'ineligible', reasons: ['dual-use export controlled'] }))
      .then([{ type: 'ApplicationFoundIneligible', data: { ...ids, checks: passingChecks, reasons: ['dual-use export controlled'], decidedAt: at } }]);
  });

  it('an ineligible decision needs a reason when every automatic check passes', () => {
    given(history.screening).when(decideScreening({ decision: 'ineligible' })).thenThrows('reasons-required', { kind: 'invalid', field: 'reasons' });
  });

  it('an ineligible decision carries the reasons of the failed automatic checks', () => {
    given(history.screening)
      .when(decideScreening({ decision: 'ineligible', facts: { ...eligibleFacts, pledgeSigned: false } }))
      .then([{ type: 'ApplicationFoundIneligible', data: { ...ids, checks: failing('pledge-signed', PLEDGE_MISSING), reasons: [PLEDGE_MISSING], decidedAt: at } }]);
  });

  it('an ineligible decision lists the failed checks first, then the officer reasons', () => {
    given(history.screening)
      .when(decideScreening({ decision: 'ineligible', reasons: ['no answer to calls'], facts: { ...eligibleFacts, pledgeSigned: false } }))
      .then([{ type: 'ApplicationFoundIneligible', data: { ...ids, checks: failing('pledge-signed', PLEDGE_MISSING), reasons: [PLEDGE_MISSING, 'no answer to calls'], decidedAt: at } }]);
  });

  it('an officer requests information by asking questions', () => {
    given(history.screening)
      .when(decideScreening({ decision: 'information-requested', questions: ['Which partition?', 'Which start date?'] }))
      .then([{ type: 'InformationRequested', data: { ...ids, questions: ['Which partition?', 'Which start date?'], requestedAt: at } }]);
  });

  it('a request for information stops the clock until the applicant answers', () => {
    given(history.screening)
      .when(decideScreening({ decision: 'information-requested', questions: ['Which partition?'] }))
      .thenState({ status: 'information-requested', openQuestions: ['Which partition?'] });
  });

  it('a request for information needs at least one question', () => {
    given(history.screening).when(decideScreening({ decision: 'information-requested' })).thenThrows('questions-required', { kind: 'invalid', field: 'questions' });
  });

  it('an officer of the applicant organisation may not decide on its application', () => {
    given(history.screening).when(decideScreening({ decision: 'eligible' }, officerOfApplicant)).thenThrows('own-organisation', { kind: 'forbidden' });
  });

  it.each<[string, ApplicationStatus]>([
    ['a draft', 'draft'],
    ['a submitted application whose screening has not started', 'submitted'],
    ['an application awaiting requested information', 'information-requested'],
    ['an application already found eligible', 'eligible'],
    ['an application already found ineligible', 'ineligible'],
    ['a withdrawn application', 'withdrawn'],
  ])('no screening decision can be taken on %s', (_, status) => {
    given(history[status]).when(decideScreening({ decision: 'eligible' })).thenThrows('not-in-screening', { kind: 'conflict' });
  });
});

describe('providing requested information', () => {
  it('an applicant answers an information request', () => {
    given(history['information-requested'])
      .when(provideInformation({ partition: 'booster' }))
      .then([{ type: 'InformationProvided', data: { applicationId: 'app-1', organisationId: 'org-1', answer: 'The booster.', changes: { partition: 'booster' }, providedAt: at } }]);
  });

  it('an answer puts the application back into screening with its changes merged and the questions closed', () => {
    given(history['information-requested'])
      .when(provideInformation({ gpuHours: 4000, startDate: '2027-01-04' }))
      .thenState({ status: 'screening', openQuestions: [], proposal: { ...proposal, gpuHours: 4000, startDate: '2027-01-04' } });
  });

  it('the officer decides on the proposal as changed by the answer', () => {
    const tooLarge = { ...proposal, gpuHours: 6000 };
    given([drafted(tooLarge), submitted(tooLarge), screeningStarted(), informationRequested, informationProvided({ gpuHours: 5000 })])
      .when(decideScreening({ decision: 'eligible' }))
      .then([{ type: 'ApplicationFoundEligible', data: { ...ids, checks: passingChecks, note: null, decidedAt: at, proposal: { ...tooLarge, gpuHours: 5000 } } }]);
  });

  it('an answer cannot remove a required field', () => {
    given(history['information-requested']).when(provideInformation({ title: removed })).thenThrows('incomplete-proposal', { kind: 'invalid', field: 'changes' });
  });

  it('an answer given twice to the same request is refused the second time', () => {
    given([...history['information-requested'], informationProvided()]).when(provideInformation()).thenThrows('no-open-request', { kind: 'conflict' });
  });

  it.each<[string, ApplicationStatus]>([
    ['a draft', 'draft'],
    ['a submitted application', 'submitted'],
    ['an application in screening', 'screening'],
    ['an eligible application', 'eligible'],
    ['a withdrawn application', 'withdrawn'],
  ])('information cannot be provided for %s when none was requested', (_, status) => {
    given(history[status]).when(provideInformation()).thenThrows('no-open-request', { kind: 'conflict' });
  });

  it('information cannot be provided for an unknown application', () => {
    given().when(provideInformation()).thenThrows('application-not-found', { kind: 'not_found' });
  });
});

describe('withdrawing an application', () => {
  it.each<[string, ApplicationStatus]>([
    ['a draft', 'draft'],
    ['a submitted application', 'submitted'],
    ['an application in screening', 'screening'],
    ['an application awaiting requested information', 'information-requested'],
    ['an eligible application not yet awarded', 'eligible'],
  ])('%s can be withdrawn', (_, status) => {
    given(history[status]).when(withdraw()).then([{ type: 'ApplicationWithdrawn', data: { ...ids, reason: 'changed plans', withdrawnAt: at } }]);
  });

  it('a withdrawn application stays withdrawn', () => {
    given(history.screening).when(withdraw()).thenState({ status: 'withdrawn' });
  });

  it('an application cannot be withdrawn twice', () => {
    given(history.withdrawn).when(withdraw()).thenThrows('not-withdrawable', { kind: 'conflict' });
  });

  it('an application found ineligible cannot be withdrawn', () => {
    given(history.ineligible).when(withdraw()).thenThrows('not-withdrawable', { kind: 'conflict' });
  });

  it('an unknown application cannot be withdrawn', () => {
    given().when(withdraw()).thenThrows('application-not-found', { kind: 'not_found' });
  });
});
