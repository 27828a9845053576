import { randomUUID } from 'node:crypto';
import { EthicsEvents, IntakeEvents } from '@hpc-access/contracts';
import type { ServiceHarness } from '@hpc-access/service-testing';
import { DAY, assess, bearer, dossier, ethics, startAllocation } from './testing-only/allocation-harness';

// DOMAIN.md step 3: the clock stops while the applicant is asked for information, until they answer.
describe('time to access with the clock stopped', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await startAllocation();
  });
  afterAll(() => svc.close());

  it('leaves out the working days spent waiting for the applicant, in screening and in ethics review', async () => {
    const applicationId = randomUUID();
    const organisationId = 'org-slow-answers';
    const d = dossier({ system: 'vega', gpuHours: 2000 });
    const provided = (requestedBy: string) => ({ applicationId, organisationId, requestedBy, answers: ['here it is'], providedAt: svc.clock.now().toISOString() });
    // Monday 2 November, 09:00: submitted, and the officer asks at once.
    await svc.publish(IntakeEvents.ApplicationSubmitted, applicationId, { applicationId, organisationId, mode: d.mode, system: d.system, partition: d.partition, gpuHours: d.gpuHours, durationMonths: d.durationMonths, start: d.start });
    await svc.publish(IntakeEvents.ApplicationScreened, applicationId, { applicationId, organisationId, outcome: 'information-requested', reasons: ['Which partition?'], dossier: undefined as never });
    await svc.advance(2 * DAY); // answered on Wednesday
    await svc.publish(IntakeEvents.ApplicationInformationProvided, applicationId, provided('intake'));
    await svc.publish(IntakeEvents.ApplicationScreened, applicationId, { applicationId, organisationId, outcome: 'eligible', reasons: [], dossier: d });
    await svc.settle();
    await assess(svc, applicationId).then((res) => expect(res.status).toBe(200));
    // Ethics asks on Wednesday; the answer comes the next Monday.
    await svc.publish(EthicsEvents.EthicsInformationRequested, applicationId, { caseId: applicationId, applicationId, organisationId, questions: ['Consent?'], requestedAt: svc.clock.now().toISOString() });
    await svc.advance(5 * DAY);
    await svc.publish(IntakeEvents.ApplicationInformationProvided, applicationId, provided('ethics-review'));
    await svc.advance(DAY); // cleared on Tuesday 10 November
    await ethics(svc, applicationId, organisationId);

    const list = await svc.http.get(`/api/allocation/applications?organisationId=${organisationId}`).set('Authorization', await bearer(svc, 'allocation-committee')).expect(200);
    // Monday 2 to Tuesday 10 November: 6 working days, 2 waiting in screening (Tue, Wed) and 3 in ethics (Thu, Fri, Mon).
    expect(list.body.items[0]).toMatchObject({ status: 'awarded', timeToAccess: expect.objectContaining({ workingDaysToAward: 1, targetWorkingDays: 2 }) });
    const history = await svc.http.get(`/api/allocation/applications/${applicationId}/history`).set('Authorization', await bearer(svc, 'allocation-committee')).expect(200);
    expect(history.body.events.map((e: { type: string }) => e.type).filter((t: string) => t.startsWith('Clock'))).toEqual(['ClockStopped', 'ClockRestarted', 'ClockStopped', 'ClockRestarted']);
  });
});
