import { deciderSpec } from '@hpc-access/testing';
import { applicationDecider, type ApplicationCommand } from './allocation-application.decide';
import { isReadyForAward, type ApplicationEvent } from './allocation-application';
import { fold } from '@hpc-access/eventsourcing';

const now = new Date('2026-11-04T09:00:00.000Z');
const at = now.toISOString();
const system = { now, actor: { id: 'intake', role: 'system' } };
const assessor = { now, actor: { id: 'assessor-1', role: 'technical-assessor', organisationId: 'site-vega' } };
const committee = { now, actor: { id: 'committee-1', role: 'allocation-committee' } };
const spec = deciderSpec(applicationDecider);
const weights = { excellence: 0.4, innovationAndImpact: 0.35, implementation: 0.25 };
const request = { system: 'vega', partition: 'gpu', gpuHours: 5000, durationMonths: 1, start: '2026-11-09', monthlyUsagePlan: [5000] };

const submitted = (mode: 'playground' | 'large-scale' = 'playground'): ApplicationEvent => ({ type: 'ApplicationSubmissionRecorded', data: { applicationId: 'app-1', organisationId: 'org-1', mode, submittedAt: '2026-11-02T09:00:00.000Z' } });
const registered = (mode: 'playground' | 'large-scale' = 'playground'): ApplicationEvent => ({ type: 'ApplicationRegistered', data: { applicationId: 'app-1', organisationId: 'org-1', mode, registeredAt: at, ...request } });
const assessed = (outcome: 'accepted' | 'rejected' = 'accepted'): ApplicationEvent => ({ type: 'TechnicalAssessmentCompleted', data: { applicationId: 'app-1', organisationId: 'org-1', outcome, remarks: '', assessedAt: at } });
const ethics = (outcome: 'cleared' | 'refused' = 'cleared'): ApplicationEvent => ({ type: 'EthicsOutcomeRecorded', data: { applicationId: 'app-1', organisationId: 'org-1', outcome, decidedAt: at } });
const scored: ApplicationEvent = { type: 'PeerReviewScored', data: { applicationId: 'app-1', excellence: 4, innovationAndImpact: 4, implementation: 3, weightedScore: 3.75, scoredAt: at } };
const assess = (outcome: 'accepted' | 'accepted-with-remarks' | 'rejected', remarks = '', context = assessor): ApplicationCommand => ({ type: 'CompleteTechnicalAssessment', data: { outcome, remarks }, context });
const markAwarded: ApplicationCommand = { type: 'MarkAwarded', data: { allocationId: 'alloc-1', projectId: 'EHPC-AIF-2026PG01-0001', gpuHours: 5000, partial: false, clockStartedAt: '2026-11-02T09:00:00.000Z', targetWorkingDays: 2, holidays: [], decision: { kind: 'rule', rule: 'first-come-first-served', decidedBy: [] } }, context: system };

describe('what allocation learns of an application', () => {
  it('records the submission time, once', () => {
    spec.when({ type: 'RecordSubmission', data: { applicationId: 'app-1', organisationId: 'org-1', mode: 'playground', submittedAt: '2026-11-02T09:00:00.000Z' }, context: system }).then([submitted()]);
    spec.given([submitted()]).when({ type: 'RecordSubmission', data: { applicationId: 'app-1', organisationId: 'org-1', mode: 'playground', submittedAt: '2026-11-03T09:00:00.000Z' }, context: system }).then([]);
  });

  it('registers an eligible application with its request, once', () => {
    spec.given([submitted()]).when({ type: 'RegisterApplication', data: { applicationId: 'app-1', organisationId: 'org-1', mode: 'playground', ...request }, context: system }).then([registered()]);
    spec.given([submitted(), registered()]).when({ type: 'RegisterApplication', data: { applicationId: 'app-1', organisationId: 'org-1', mode: 'playground', ...request }, context: system }).then([]);
  });

  it('an application withdrawn before screening is not registered afterwards', () => {
    spec.given([submitted(), registered(), { type: 'ApplicationWithdrawalRecorded', data: { applicationId: 'app-1', withdrawnAt: at } }])
      .when({ type: 'RegisterApplication', data: { applicationId: 'app-1', organisationId: 'org-1', mode: 'playground', ...request }, context: system }).then([]);
  });

  it('records the ethics outcome once; a refusal ends the application', () => {
    spec.given([registered()]).when({ type: 'RecordEthicsOutcome', data: { applicationId: 'app-1', organisationId: 'org-1', outcome: 'refused', decidedAt: at }, context: system }).thenState({ status: 'refused', ethics: 'refused' });
    spec.given([registered(), ethics()]).when({ type: 'RecordEthicsOutcome', data: { applicationId: 'app-1', organisationId: 'org-1', outcome: 'refused', decidedAt: at }, context: system }).then([]);
  });

  it('ethics may decide before allocation hears of the screening', () => {
    spec.when({ type: 'RecordEthicsOutcome', data: { applicationId: 'app-1', organisationId: 'org-1', outcome: 'cleared', decidedAt: at }, context: system }).then([ethics()]);
  });
});

describe('technical assessment by the hosting site', () => {
  it('records accepted, accepted with remarks, or rejected', () => {
    spec.given([registered()]).when(assess('accepted')).then([assessed()]);
    spec.given([registered()]).when(assess('accepted-with-remarks', 'codes not installed')).then([{ type: 'TechnicalAssessmentCompleted', data: { applicationId: 'app-1', organisationId: 'org-1', outcome: 'accepted-with-remarks', remarks: 'codes not installed', assessedAt: at } }]);
    spec.given([registered()]).when(assess('rejected', 'not feasible on Vega')).thenState({ status: 'rejected' });
  });

  it('remarks are required unless accepted as is', () => {
    spec.given([registered()]).when(assess('rejected', '  ')).thenThrows('remarks-required', { kind: 'invalid', field: 'remarks' });
  });

  it('is recorded once', () => {
    spec.given([registered(), assessed()]).when(assess('rejected', 'second thoughts')).thenThrows('already-assessed', { kind: 'conflict' });
  });

  it('needs an application found eligible', () => {
    spec.given([submitted()]).when(assess('accepted')).thenThrows('application-not-registered', { kind: 'not_found' });
  });

  it('nobody assesses an application of their own organisation', () => {
    spec.given([registered()]).when(assess('accepted', '', { now, actor: { id: 'x', role: 'technical-assessor', organisationId: 'org-1' } })).thenThrows('own-organisation', { kind: 'forbidden' });
  });

  it('not after the application left the running', () => {
    spec.given([registered(), { type: 'ApplicationWithdrawalRecorded', data: { applicationId: 'app-1', withdrawnAt: at } }]).when(assess('accepted')).thenThrows('application-decided', { kind: 'conflict' });
  });
});

describe('peer review of Large Scale applications', () => {
  it('weights the three scores with the configured weights', () => {
    spec.given([registered('large-scale')]).when({ type: 'ScoreApplication', data: { excellence: 4, innovationAndImpact: 4, implementation: 3, weights }, context: committee }).then([{ ...scored, data: { ...scored.data, scoredBy: 'committee-1' } }]);
  });

  it('keeps who scored, the committee member who decides its award at the cut-off; older scores read without', () => {
    spec.given([registered('large-scale'), { ...scored, data: { ...scored.data, scoredBy: 'committee-1' } }]).when({ type: 'RecordWithdrawal', data: { withdrawnAt: at }, context: committee }).thenState({ scoredBy: 'committee-1' });
    spec.given([registered('large-scale'), scored]).when({ type: 'RecordWithdrawal', data: { withdrawnAt: at }, context: committee }).thenState({ scoredBy: null });
  });

  it('only Large Scale applications are scored', () => {
    spec.given([registered()]).when({ type: 'ScoreApplication', data: { excellence: 4, innovationAndImpact: 4, implementation: 3, weights }, context: committee }).thenThrows('not-peer-reviewed', { kind: 'conflict' });
  });

  it('a committee member does not score their own organisation', () => {
    spec.given([registered('large-scale')]).when({ type: 'ScoreApplication', data: { excellence: 4, innovationAndImpact: 4, implementation: 3, weights }, context: { now, actor: { id: 'c', role: 'allocation-committee', organisationId: 'org-1' } } }).thenThrows('own-organisation', { kind: 'forbidden' });
  });
});

describe('award and refusal', () => {
  it('is ready for an award only when the site and ethics are clear (and, for Large Scale, scored)', () => {
    expect(isReadyForAward(fold(applicationDecider, [registered(), assessed(), ethics()]))).toBe(true);
    expect(isReadyForAward(fold(applicationDecider, [registered(), assessed(), { type: 'EthicsOutcomeRecorded', data: { applicationId: 'app-1', organisationId: 'org-1', outcome: 'cleared-with-conditions', decidedAt: at } }]))).toBe(true);
    expect(isReadyForAward(fold(applicationDecider, [registered(), assessed()]))).toBe(false);
    expect(isReadyForAward(fold(applicationDecider, [registered(), assessed('rejected'), ethics()]))).toBe(false);
    expect(isReadyForAward(fold(applicationDecider, [registered(), ethics()]))).toBe(false);
    expect(isReadyForAward(fold(applicationDecider, [registered('large-scale'), assessed(), ethics()]))).toBe(false);
    expect(isReadyForAward(fold(applicationDecider, [registered('large-scale'), assessed(), ethics(), scored]))).toBe(true);
  });

  it('an award records the working days from the clock start', () => {
    spec.given([submitted(), registered(), assessed(), ethics()]).when(markAwarded).then([
      { type: 'ApplicationAwarded', data: { applicationId: 'app-1', allocationId: 'alloc-1', projectId: 'EHPC-AIF-2026PG01-0001', gpuHours: 5000, partial: false, clockStartedAt: '2026-11-02T09:00:00.000Z', targetWorkingDays: 2, awardedAt: at, workingDays: 2, decision: { kind: 'rule', rule: 'first-come-first-served', decidedBy: [] } } },
    ]);
  });

  it('an application is awarded once', () => {
    spec.given([registered(), assessed(), ethics(), { type: 'ApplicationAwarded', data: { applicationId: 'app-1', allocationId: 'alloc-1', projectId: 'p', gpuHours: 1, partial: false, clockStartedAt: at, targetWorkingDays: 2, awardedAt: at, workingDays: 0 } }])
      .when(markAwarded).thenThrows('not-awardable', { kind: 'conflict' });
  });

  it('not funded: on the reserve list it stays in the running, otherwise it is out', () => {
    spec.given([registered('large-scale')]).when({ type: 'MarkNotFunded', data: { reason: 'capacity', reserve: true }, context: system }).thenState({ status: 'reserve' });
    spec.given([registered('large-scale')]).when({ type: 'MarkNotFunded', data: { reason: 'below threshold', reserve: false }, context: system }).thenState({ status: 'not-funded' });
    spec.given([registered('large-scale'), { type: 'ApplicationNotFunded', data: { applicationId: 'app-1', organisationId: 'org-1', reason: 'x', reserve: false, decidedAt: at } }])
      .when({ type: 'MarkNotFunded', data: { reason: 'again', reserve: false }, context: system }).thenThrows('not-fundable', { kind: 'conflict' });
  });

  it('a withdrawal counts until the award and is ignored after it', () => {
    spec.given([registered()]).when({ type: 'RecordWithdrawal', data: { withdrawnAt: at }, context: system }).then([{ type: 'ApplicationWithdrawalRecorded', data: { applicationId: 'app-1', withdrawnAt: at } }]);
    spec.given([registered(), { type: 'ApplicationAwarded', data: { applicationId: 'app-1', allocationId: 'alloc-1', projectId: 'p', gpuHours: 1, partial: false, clockStartedAt: at, targetWorkingDays: 2, awardedAt: at, workingDays: 0 } }])
      .when({ type: 'RecordWithdrawal', data: { withdrawnAt: at }, context: system }).then([]);
  });
});
