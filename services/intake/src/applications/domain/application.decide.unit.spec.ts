import type { CommandContext } from '../../command-context';
import { loadProgrammeRules } from '../../programme/programme-config';
import { deciderSpec } from '@hpc-access/testing';
import type { ApplicationEvent, ApplicationStatus } from './application';
import {
  applicationDecider,
  type AmendApplication,
  type DecideScreening,
  type DraftApplication,
  type ProvideInformation,
  type StartScreening,
  type SubmitApplication,
  type WithdrawApplication,
} from './application.decide';
import type { CheckResult, ScreeningFacts } from './eligibility';
import { ETHICS_PRINCIPLES, REQUIRED_PROPOSAL_FIELDS, type DraftProposal, type Proposal } from './proposal';

const rules = loadProgrammeRules();
const now = new Date('2026-11-02T09:00:00Z');
const at = '2026-11-02T09:00:00.000Z';

const applicant: CommandContext = { now, actor: { id: 'user-applicant-1', role: 'applicant', organisationId: 'org-1' } };
const officer: CommandContext = { now, actor: { id: 'user-officer-1', role: 'intake-officer' } };
const officerOfApplicant: CommandContext = { now, actor: { id: 'user-officer-2', role: 'intake-officer', organisationId: 'org-1' } };
const officerOfOtherOrganisation: CommandContext = { now, actor: { id: 'user-officer-3', role: 'intake-officer', organisationId: 'org-9' } };

const proposal: Proposal = {
  title: 'Small multilingual model for legal search',
  mode: 'playground',
  system: 'jupiter',
  partition: 'booster',
  gpuHours: 5000,
  durationMonths: 3,
  startDate: '2026-12-01',
  projectSummary: 'Fine-tuning a 3B language model on public EU legal texts.',
  modelKind: 'language',
  trainingComputeFlop: 4e20,
  dataSources: { description: 'EUR-Lex dumps', personalData: false, copyrightedMaterial: false, tdmOptOutsHonoured: true },
  civilianUse: true,
  openSourceIntention: 'yes',
  monthlyUsagePlan: [1500, 2000, 1500],
  ethicsSelfAssessment: {
    issueCategories: [],
    prohibitedPractice: false,
    principles: Object.fromEntries(ETHICS_PRINCIPLES.map((p) => [p, { assessment: 'no-issue', explanation: 'none identified' }])) as Proposal['ethicsSelfAssessment']['principles'],
  },
};

const eligibleFacts: ScreeningFacts = {
  organisation: { country: 'DE', sme: { staff: 12, turnoverEurM: 1.5, balanceSheetEurM: 0.8 } },
  pledgeSigned: true,
};

/** The automatic checks of `proposal` for `eligibleFacts`, written out once so the happy path is pinned exactly. */
const passingChecks: CheckResult[] = [
  { rule: 'established-in-eligible-country', passed: true, reason: 'established in DE' },
  { rule: 'sme-status', passed: true, reason: 'start-up or SME' },
  { rule: 'within-mode-limits', passed: true, reason: '5000 GPU-hours within playground limits' },
  { rule: 'duration-allowed-for-mode', passed: true, reason: '3 months allowed' },
  { rule: 'known-system-and-partition', passed: true, reason: 'JUPITER booster' },
  { rule: 'pledge-signed', passed: true, reason: 'governance pledge signed' },
  { rule: 'civilian-use', passed: true, reason: 'civilian use declared' },
];
const PLEDGE_MISSING = 'the organisation has not signed the current governance pledge';
/** The passing checks with one rule failed for the given reason. */
const failing = (rule: CheckResult['rule'], reason: string): CheckResult[] =>
  passingChecks.map((c) => (c.rule === rule ? { rule, passed: false, reason } : c));

// ---- events ----------------------------------------------------------------------------------
const ids = { applicationId: 'app-1', organisationId: 'org-1' };
const drafted = (p: DraftProposal = proposal): ApplicationEvent => ({ type: 'ApplicationDrafted', data: { ...ids, proposal: p, draftedAt: '2026-10-20T08:00:00.000Z' } });
const amended = (changes: DraftProposal): ApplicationEvent => ({ type: 'ApplicationAmended', data: { applicationId: 'app-1', changes, amendedAt: '2026-10-21T08:00:00.000Z' } });
const submitted = (p: Proposal = proposal): ApplicationEvent => ({ type: 'ApplicationSubmitted', data: { ...ids, proposal: p, submittedAt: '2026-10-22T08:00:00.000Z' } });
const screeningStarted = (checks: CheckResult[] = passingChecks): ApplicationEvent => ({ type: 'ScreeningStarted', data: { applicationId: 'app-1', checks, startedAt: '2026-10-23T08:00:00.000Z' } });
const informationRequested: ApplicationEvent = { type: 'InformationRequested', data: { ...ids, questions: ['Which partition do you need?'], requestedAt: '2026-10-24T08:00:00.000Z' } };
const informationProvided = (changes: DraftProposal = {}): ApplicationEvent => ({ type: 'InformationProvided', data: { applicationId: 'app-1', answer: 'The booster.', changes, providedAt: '2026-10-25T08:00:00.000Z' } });
const foundEligible: ApplicationEvent = { type: 'ApplicationFoundEligible', data: { ...ids, checks: passingChecks, note: null, decidedAt: '2026-10-26T08:00:00.000Z' } };
const foundIneligible: ApplicationEvent = { type: 'ApplicationFoundIneligible', data: { ...ids, checks: passingChecks, reasons: ['military end user'], decidedAt: '2026-10-26T08:00:00.000Z' } };
const withdrawn: ApplicationEvent = { type: 'ApplicationWithdrawn', data: { ...ids, reason: 'changed plans', withdrawnAt: '2026-10-26T08:00:00.000Z' } };

/** One history per status an application can be in. */
const history: Record<ApplicationStatus, ApplicationEvent[]> = {
  draft: [drafted()],
  submitted: [drafted(), submitted()],
  screening: [drafted(), submitted(), screeningStarted()],
  'information-requested': [drafted(), submitted(), screeningStarted(), informationRequested],
  eligible: [drafted(), submitted(), screeningStarted(), foundEligible],
  ineligible: [drafted(), submitted(), screeningStarted(), foundIneligible],
  withdrawn: [drafted(), withdrawn],
};

// ---- commands --------------------------------------------------------------------------------
const draft = (p: DraftProposal = proposal): DraftApplication => ({ type: 'DraftApplication', data: { ...ids, proposal: p }, context: applicant });
const amend = (changes: DraftProposal): AmendApplication => ({ type: 'AmendApplication', data: { changes }, context: applicant });
const submit = (): SubmitApplication => ({ type: 'SubmitApplication', data: {}, context: applicant });
const startScreening = (context: CommandContext = officer, facts: ScreeningFacts = eligibleFacts): StartScreening => ({ type: 'StartScreening', data: { facts }, context });
const decideScreening = (data: Partial<DecideScreening['data']> & Pick<DecideScreening['data'], 'decision'>, context: CommandContext = officer): DecideScreening => ({
  type: 'DecideScreening',
  data: { reasons: [], questions: [], note: null, facts: eligibleFacts, ...data },
  context,
});
const provideInformation = (changes: DraftProposal = {}): ProvideInformation => ({ type: 'ProvideInformation', data: { answer: 'The booster.', changes }, context: applicant });
const withdraw = (): WithdrawApplication => ({ type: 'WithdrawApplication', data: { reason: 'changed plans' }, context: applicant });

const spec = deciderSpec(applicationDecider(rules));
const given = (events: ApplicationEvent[] = []) => spec.given(events);
/** A required field removed the way JSON removes it. */
const removed = null as never;

describe('drafting an application', () => {
  it('an applicant drafts an application with as much of the proposal as they have so far', () => {
    given()
      .when(draft({ title: 'Early idea' }))
      .then([{ type: 'ApplicationDrafted', data: { ...ids, proposal: { title: 'Early idea' }, draftedAt: at } }]);
  });

  it('a new draft is in status draft for the applicant organisation', () => {
    given().when(draft()).thenState({ status: 'draft', applicationId: 'app-1', organisationId: 'org-1', submittedAt: null });
  });

  it('an application cannot be drafted twice under the same id', () => {
    given(history.draft).when(draft()).thenThrows('application-exists', { kind: 'conflict' });
  });
});

describe('amending an application', () => {
  it('a draft is amended with the changes at the time of the command', () => {
    given([drafted({ title: 'Early idea' })])
      .when(amend({ gpuHours: 4000 }))
      .then([{ type: 'ApplicationAmended', data: { applicationId: 'app-1', changes: { gpuHours: 4000 }, amendedAt: at } }]);
  });

  it('amendments are merged into the proposal', () => {
    given([drafted({ title: 'Early idea' }), amended({ gpuHours: 4000 })])
      .when(amend({ mode: 'playground' }))
      .thenState({ proposal: { title: 'Early idea', gpuHours: 4000, mode: 'playground' } });
  });

  it('a draft may stay incomplete after an amendment', () => {
    given(history.draft)
      .when(amend({ projectSummary: undefined }))
      .then([{ type: 'ApplicationAmended', data: { applicationId: 'app-1', changes: { projectSummary: undefined }, amendedAt: at } }]);
  });

  it('a submitted application can still be amended before screening starts', () => {
    given(history.submitted)
      .when(amend({ gpuHours: 4500 }))
      .then([{ type: 'ApplicationAmended', data: { applicationId: 'app-1', changes: { gpuHours: 4500 }, amendedAt: at } }]);
  });

  it('a submitted application cannot lose a required field', () => {
    given(history.submitted).when(amend({ projectSummary: undefined })).thenThrows('incomplete-proposal', { kind: 'invalid', field: 'changes' });
  });

  it('a submitted application cannot lose a required field set to null', () => {
    given(history.submitted).when(amend({ gpuHours: removed })).thenThrows('incomplete-proposal', { kind: 'invalid', field: 'changes' });
  });

  it('a submitted application cannot be amended once screening has started', () => {
    given(history.screening).when(amend({ gpuHours: 4500 })).thenThrows('not-amendable', { kind: 'conflict' });
  });

  it.each<[string, ApplicationStatus]>([
    ['an application awaiting requested information', 'information-requested'],
    ['an eligible application', 'eligible'],
    ['an ineligible application', 'ineligible'],
    ['a withdrawn application', 'withdrawn'],
  ])('%s cannot be amended', (_, status) => {
    given(history[status]).when(amend({ gpuHours: 4500 })).thenThrows('not-amendable', { kind: 'conflict' });
  });

  it('an unknown application cannot be amended', () => {
    given().when(amend({ gpuHours: 4500 })).thenThrows('application-not-found', { kind: 'not_found' });
  });
});

describe('submitting an application', () => {
  it('a complete draft is submitted with its proposal at the time of the command', () => {
    given(history.draft).when(submit()).then([{ type: 'ApplicationSubmitted', data: { ...ids, proposal, submittedAt: at } }]);
  });

  it('a submitted application records when it was submitted', () => {
    given(history.draft).when(submit()).thenState({ status: 'submitted', submittedAt: at });
  });

  it('the submitted proposal includes every amendment made to the draft', () => {
    const { title: _title, ...withoutTitle } = proposal;
    given([drafted(withoutTitle), amended({ title: 'Late title' }), amended({ gpuHours: 3000 })])
      .when(submit())
      .then([{ type: 'ApplicationSubmitted', data: { ...ids, proposal: { ...proposal, title: 'Late title', gpuHours: 3000 }, submittedAt: at } }]);
  });

  it('a draft declaring no civilian use and zero training compute is still complete', () => {
    const answered = { ...proposal, civilianUse: false, trainingComputeFlop: 0 };
    given([drafted(answered)]).when(submit()).then([{ type: 'ApplicationSubmitted', data: { ...ids, proposal: answered, submittedAt: at } }]);
  });

  it.each(REQUIRED_PROPOSAL_FIELDS)('a draft without %s cannot be submitted and the refusal names that field', (field) => {
    const { [field]: _omitted, ...incomplete } = proposal;
    given([drafted(incomplete)]).when(submit()).thenThrows('incomplete-proposal', { kind: 'invalid', field: `proposal.${field}` });
  });

  it('a draft whose required field was set to null cannot be submitted', () => {
    given([drafted(), amended({ startDate: removed })]).when(submit()).thenThrows('incomplete-proposal', { kind: 'invalid', field: 'proposal.startDate' });
  });

  it.each<[string, ApplicationStatus]>([
    ['an already submitted application', 'submitted'],
    ['an application in screening', 'screening'],
    ['a withdrawn application', 'withdrawn'],
  ])('%s cannot be submitted again', (_, status) => {
    given(history[status]).when(submit()).thenThrows('not-a-draft', { kind: 'conflict' });
  });

  it('an unknown application cannot be submitted', () => {
    given().when(submit()).thenThrows('application-not-found', { kind: 'not_found' });
  });
});

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
      .then([{ type: 'ApplicationFoundEligible', data: { ...ids, checks: passingChecks, note: 'fine', decidedAt: at } }]);
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
      .then([{ type: 'InformationProvided', data: { applicationId: 'app-1', answer: 'The booster.', changes: { partition: 'booster' }, providedAt: at } }]);
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
      .then([{ type: 'ApplicationFoundEligible', data: { ...ids, checks: passingChecks, note: null, decidedAt: at } }]);
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
