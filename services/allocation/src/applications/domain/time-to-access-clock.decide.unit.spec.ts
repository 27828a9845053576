import { deciderSpec } from '@hpc-access/testing';
import { applicationDecider, type ApplicationCommand } from './allocation-application.decide';
import type { ApplicationEvent } from './allocation-application';
import { pausedWorkingDays } from '../../time-to-access/domain/working-days';

// DOMAIN.md step 3: while the applicant is asked for information, the clock stops until they answer.
const system = (now: string) => ({ now: new Date(now), actor: { id: 'intake', role: 'system' } });
const spec = deciderSpec(applicationDecider);
const request = { system: 'vega', partition: 'gpu', gpuHours: 5000, durationMonths: 1, start: '2026-11-30', monthlyUsagePlan: [5000] };
// Monday 2 November: submitted; Tuesday: questions; the following Monday: answered.
const submitted: ApplicationEvent = { type: 'ApplicationSubmissionRecorded', data: { applicationId: 'app-1', organisationId: 'org-1', mode: 'playground', submittedAt: '2026-11-02T09:00:00.000Z' } };
const stopped: ApplicationEvent = { type: 'ClockStopped', data: { applicationId: 'app-1', stoppedAt: '2026-11-03T09:00:00.000Z', reason: 'screening: information requested' } };
const restarted: ApplicationEvent = { type: 'ClockRestarted', data: { applicationId: 'app-1', restartedAt: '2026-11-09T09:00:00.000Z' } };
const registered: ApplicationEvent = { type: 'ApplicationRegistered', data: { applicationId: 'app-1', organisationId: 'org-1', mode: 'playground', registeredAt: '2026-11-09T10:00:00.000Z', ...request } };
const assessed: ApplicationEvent = { type: 'TechnicalAssessmentCompleted', data: { applicationId: 'app-1', organisationId: 'org-1', outcome: 'accepted', remarks: '', assessedAt: '2026-11-09T11:00:00.000Z' } };
const cleared: ApplicationEvent = { type: 'EthicsOutcomeRecorded', data: { applicationId: 'app-1', organisationId: 'org-1', outcome: 'cleared', decidedAt: '2026-11-10T09:00:00.000Z' } };
const stop = (at: string): ApplicationCommand => ({ type: 'StopClock', data: { applicationId: 'app-1', at, reason: 'screening: information requested' }, context: system(at) });
const restart = (at: string): ApplicationCommand => ({ type: 'RestartClock', data: { applicationId: 'app-1', at }, context: system(at) });

describe('the time-to-access clock', () => {
  it('stops when information is requested and restarts with the answer, each once however often it is told', () => {
    spec.given([submitted]).when(stop('2026-11-03T09:00:00.000Z')).then([stopped]);
    spec.given([submitted, stopped]).when(stop('2026-11-03T09:00:00.000Z')).then([]);
    spec.given([submitted, stopped]).when(restart('2026-11-09T09:00:00.000Z')).then([restarted]);
    spec.given([submitted, stopped, restarted]).when(restart('2026-11-09T09:00:00.000Z')).then([]);
    spec.given([submitted]).when(restart('2026-11-09T09:00:00.000Z')).then([]);
  });

  it('an award counts the working days from submission less those the clock stood still', () => {
    const award: ApplicationCommand = {
      type: 'MarkAwarded',
      data: { allocationId: 'alloc-1', projectId: 'EHPC-AIF-2026PG01-0001', gpuHours: 5000, partial: false, clockStartedAt: '2026-11-02T09:00:00.000Z', targetWorkingDays: 2, holidays: [], decision: { kind: 'rule', rule: 'first-come-first-served', decidedBy: [] } },
      context: system('2026-11-10T12:00:00.000Z'),
    };
    // 6 working days from Monday 2 to Tuesday 10 November, 4 of them (Wed 4 to Mon 9) waiting for the answer.
    spec.given([submitted, stopped, restarted, registered, assessed, cleared]).when(award).then([
      { type: 'ApplicationAwarded', data: { applicationId: 'app-1', allocationId: 'alloc-1', projectId: 'EHPC-AIF-2026PG01-0001', gpuHours: 5000, partial: false, clockStartedAt: '2026-11-02T09:00:00.000Z', targetWorkingDays: 2, awardedAt: '2026-11-10T12:00:00.000Z', workingDays: 2, decision: { kind: 'rule', rule: 'first-come-first-served', decidedBy: [] } } },
    ]);
  });

  it('a stop before the clock started (a Large Scale cut-off) does not count; an open stop runs to now', () => {
    const stops = [{ from: '2026-11-03T09:00:00.000Z', to: '2026-11-09T09:00:00.000Z' }];
    expect(pausedWorkingDays(stops, new Date('2026-11-16T09:00:00.000Z'), new Date('2026-11-20T09:00:00.000Z'))).toBe(0);
    expect(pausedWorkingDays([{ from: '2026-11-16T09:00:00.000Z', to: null }], new Date('2026-11-02T09:00:00.000Z'), new Date('2026-11-20T09:00:00.000Z'))).toBe(4);
  });
});
