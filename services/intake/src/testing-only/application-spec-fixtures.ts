/** Events, commands and facts shared by the application decider specifications. */
import type { CommandContext } from '../command-context';
import { loadProgrammeRules } from '../programme/programme-config';
import { deciderSpec } from '@hpc-access/testing';
import type { ApplicationEvent, ApplicationStatus } from '../applications/domain/application';
import {
  applicationDecider,
  type AmendApplication,
  type DecideScreening,
  type DraftApplication,
  type ProvideInformation,
  type StartScreening,
  type SubmitApplication,
  type WithdrawApplication,
} from '../applications/domain/application.decide';
import type { CheckResult, ScreeningFacts } from '../applications/domain/eligibility';
import { ETHICS_PRINCIPLES, type DraftProposal, type Proposal } from '../applications/domain/proposal';

export const rules = loadProgrammeRules();
export const now = new Date('2026-11-02T09:00:00Z');
export const at = '2026-11-02T09:00:00.000Z';

export const applicant: CommandContext = { now, actor: { id: 'user-applicant-1', role: 'applicant', organisationId: 'org-1' } };
export const officer: CommandContext = { now, actor: { id: 'user-officer-1', role: 'intake-officer' } };
export const officerOfApplicant: CommandContext = { now, actor: { id: 'user-officer-2', role: 'intake-officer', organisationId: 'org-1' } };
export const officerOfOtherOrganisation: CommandContext = { now, actor: { id: 'user-officer-3', role: 'intake-officer', organisationId: 'org-9' } };

export const proposal: Proposal = {
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

export const eligibleFacts: ScreeningFacts = {
  organisation: { country: 'DE', sme: { staff: 12, turnoverEurM: 1.5, balanceSheetEurM: 0.8 } },
  pledgeSigned: true,
};

/** The automatic checks of `proposal` for `eligibleFacts`, written out once so the happy path is pinned exactly. */
export const passingChecks: CheckResult[] = [
  { rule: 'established-in-eligible-country', passed: true, reason: 'established in DE' },
  { rule: 'sme-status', passed: true, reason: 'start-up or SME' },
  { rule: 'within-mode-limits', passed: true, reason: '5000 GPU-hours within playground limits' },
  { rule: 'duration-allowed-for-mode', passed: true, reason: '3 months allowed' },
  { rule: 'known-system-and-partition', passed: true, reason: 'JUPITER booster' },
  { rule: 'pledge-signed', passed: true, reason: 'governance pledge signed' },
  { rule: 'civilian-use', passed: true, reason: 'civilian use declared' },
  { rule: 'not-barred', passed: true, reason: 'not barred from new calls' },
  { rule: 'in-good-standing-with-governance', passed: true, reason: 'not suspended by governance, no breach open' },
];
export const PLEDGE_MISSING = 'the organisation has not signed the current governance pledge';
/** The passing checks with one rule failed for the given reason. */
export const failing = (rule: CheckResult['rule'], reason: string): CheckResult[] =>
  passingChecks.map((c) => (c.rule === rule ? { rule, passed: false, reason } : c));

// ---- events ----------------------------------------------------------------------------------
export const ids = { applicationId: 'app-1', organisationId: 'org-1' };
export const drafted = (p: DraftProposal = proposal): ApplicationEvent => ({ type: 'ApplicationDrafted', data: { ...ids, proposal: p, draftedAt: '2026-10-20T08:00:00.000Z' } });
export const amended = (changes: DraftProposal): ApplicationEvent => ({ type: 'ApplicationAmended', data: { applicationId: 'app-1', changes, amendedAt: '2026-10-21T08:00:00.000Z' } });
export const submitted = (p: Proposal = proposal): ApplicationEvent => ({ type: 'ApplicationSubmitted', data: { ...ids, proposal: p, submittedAt: '2026-10-22T08:00:00.000Z' } });
export const screeningStarted = (checks: CheckResult[] = passingChecks): ApplicationEvent => ({ type: 'ScreeningStarted', data: { applicationId: 'app-1', checks, startedAt: '2026-10-23T08:00:00.000Z' } });
export const informationRequested: ApplicationEvent = { type: 'InformationRequested', data: { ...ids, questions: ['Which partition do you need?'], requestedAt: '2026-10-24T08:00:00.000Z' } };
export const informationProvided = (changes: DraftProposal = {}): ApplicationEvent => ({ type: 'InformationProvided', data: { applicationId: 'app-1', answer: 'The booster.', changes, providedAt: '2026-10-25T08:00:00.000Z' } });
export const foundEligible: ApplicationEvent = { type: 'ApplicationFoundEligible', data: { ...ids, checks: passingChecks, note: null, decidedAt: '2026-10-26T08:00:00.000Z', proposal } };
export const foundIneligible: ApplicationEvent = { type: 'ApplicationFoundIneligible', data: { ...ids, checks: passingChecks, reasons: ['military end user'], decidedAt: '2026-10-26T08:00:00.000Z' } };
export const withdrawn: ApplicationEvent = { type: 'ApplicationWithdrawn', data: { ...ids, reason: 'changed plans', withdrawnAt: '2026-10-26T08:00:00.000Z' } };
export const ethicsQuestions: ApplicationEvent = { type: 'EthicsInformationRequested', data: { ...ids, questions: ['How is consent for the speech data obtained?'], requestedAt: '2026-10-28T08:00:00.000Z' } };
export const awarded: ApplicationEvent = { type: 'ApplicationAwarded', data: { applicationId: 'app-1', allocationId: 'alloc-1', projectId: 'EHPC-AIF-2026PG01-0001', awardedAt: '2026-10-30T08:00:00.000Z' } };
export const refused: ApplicationEvent = { type: 'ApplicationRefused', data: { applicationId: 'app-1', by: 'ethics-review', reasons: ['Article 5 practice'], refusedAt: '2026-10-30T08:00:00.000Z' } };

/** One history per status an application can be in. */
export const history: Record<ApplicationStatus, ApplicationEvent[]> = {
  draft: [drafted()],
  submitted: [drafted(), submitted()],
  screening: [drafted(), submitted(), screeningStarted()],
  'information-requested': [drafted(), submitted(), screeningStarted(), informationRequested],
  eligible: [drafted(), submitted(), screeningStarted(), foundEligible],
  ineligible: [drafted(), submitted(), screeningStarted(), foundIneligible],
  withdrawn: [drafted(), withdrawn],
  'ethics-information-requested': [drafted(), submitted(), screeningStarted(), foundEligible, ethicsQuestions],
  awarded: [drafted(), submitted(), screeningStarted(), foundEligible, awarded],
  refused: [drafted(), submitted(), screeningStarted(), foundEligible, refused],
};

// ---- commands --------------------------------------------------------------------------------
export const draft = (p: DraftProposal = proposal): DraftApplication => ({ type: 'DraftApplication', data: { ...ids, proposal: p }, context: applicant });
export const amend = (changes: DraftProposal): AmendApplication => ({ type: 'AmendApplication', data: { changes }, context: applicant });
export const submit = (): SubmitApplication => ({ type: 'SubmitApplication', data: {}, context: applicant });
export const startScreening = (context: CommandContext = officer, facts: ScreeningFacts = eligibleFacts): StartScreening => ({ type: 'StartScreening', data: { facts }, context });
export const decideScreening = (data: Partial<DecideScreening['data']> & Pick<DecideScreening['data'], 'decision'>, context: CommandContext = officer): DecideScreening => ({
  type: 'DecideScreening',
  data: { reasons: [], questions: [], note: null, facts: eligibleFacts, ...data },
  context,
});
export const provideInformation = (changes: DraftProposal = {}): ProvideInformation => ({ type: 'ProvideInformation', data: { answer: 'The booster.', changes }, context: applicant });
export const withdraw = (): WithdrawApplication => ({ type: 'WithdrawApplication', data: { reason: 'changed plans' }, context: applicant });

export const spec = deciderSpec(applicationDecider(rules));
export const given = (events: ApplicationEvent[] = []) => spec.given(events);
/** A required field removed the way JSON removes it. */
export const removed = null as never;

