import { AllocationEvents, EthicsEvents, GovernanceEvents, IntakeEvents, topicFor } from '@hpc-access/contracts';
import { organisationBody, proposalBody, startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { IntakeModule } from './intake.module';
import { IntakeRuntime } from './intake-runtime';

// Intake alone: governance, ethics review and allocation played by publishing their events.
describe('intake following review and allocation', () => {
  let svc: ServiceHarness;
  let applicant: string;
  let officer: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function eligibleApplication(organisationId: string): Promise<string> {
    const token = await svc.token('applicant', { organisationId });
    const drafted = await svc.http.post('/api/applications').set(auth(token)).send({ organisationId, proposal: proposalBody({ mode: 'playground', gpuHours: 4000 }) }).expect(201);
    const id = drafted.body.applicationId as string;
    await svc.http.post(`/api/applications/${id}/submit`).set(auth(token)).expect(200);
    await svc.http.post(`/api/applications/${id}/screening/start`).set(auth(officer)).expect(200);
    await svc.http.post(`/api/applications/${id}/screening`).set(auth(officer)).send({ decision: 'eligible' }).expect(200);
    await svc.settle();
    return id;
  }

  async function registerSigned(organisationId: string): Promise<void> {
    const token = await svc.token('applicant', { organisationId });
    await svc.http.post('/api/organisations').set(auth(token)).send(organisationBody({ legalName: `${organisationId} OÜ` })).expect(201);
    await svc.publish(GovernanceEvents.PledgeSigned, organisationId, { organisationId, pledgeVersion: 1, signedBy: 'rep', signedAt: svc.clock.now().toISOString() });
    await svc.settle();
  }

  beforeAll(async () => {
    svc = await startServiceHarness({ module: ({ db, bus, clock }) => IntakeModule.register({ db, bus, clock }), runtimes: [IntakeRuntime] });
    applicant = await svc.token('applicant', { organisationId: 'org-aurora' });
    officer = await svc.token('intake-officer');
    await registerSigned('org-aurora');
  });
  afterAll(() => svc.close());

  it('an eligible application is published with the dossier review and allocation work from', async () => {
    const id = await eligibleApplication('org-aurora');
    const screened = svc.published(topicFor('intake')).find((e) => e.type === IntakeEvents.ApplicationScreened.type && e.subject === id);
    expect(screened?.data).toMatchObject({
      outcome: 'eligible',
      dossier: { mode: 'playground', gpuHours: 4000, system: 'leonardo', partition: 'booster', durationMonths: 2, start: '2027-01-04', prohibitedPractice: false, modelKind: 'language' },
    });
    expect((screened?.data.dossier as { principles: unknown[] }).principles).toHaveLength(6);
  });

  it('questions from ethics reach the applicant, whose answer goes back to ethics', async () => {
    const id = await eligibleApplication('org-aurora');
    await svc.publish(EthicsEvents.EthicsInformationRequested, id, { caseId: id, applicationId: id, organisationId: 'org-aurora', questions: ['How is consent obtained?'], requestedAt: svc.clock.now().toISOString() });
    await svc.settle();
    const waiting = await svc.http.get(`/api/applications/${id}`).set(auth(applicant)).expect(200);
    expect(waiting.body).toMatchObject({ status: 'ethics-information-requested', openQuestions: ['How is consent obtained?'] });

    await svc.http.post(`/api/applications/${id}/information`).set(auth(applicant)).send({ answer: 'Opt-in consent forms.', changes: { gpuHours: 1 } }).expect(422);
    await svc.http.post(`/api/applications/${id}/information`).set(auth(applicant)).send({ answer: 'Opt-in consent forms.' }).expect(200);
    await svc.settle();
    const answered = svc.published(topicFor('intake')).filter((e) => e.type === IntakeEvents.ApplicationInformationProvided.type);
    expect(answered.map((e) => e.data)).toEqual([
      { applicationId: id, organisationId: 'org-aurora', requestedBy: 'ethics-review', answers: ['Opt-in consent forms.'], providedAt: svc.clock.now().toISOString() },
    ]);
  });

  it("an answer to the screening officer's questions is published, so allocation restarts the time-to-access clock", async () => {
    const drafted = await svc.http.post('/api/applications').set(auth(applicant)).send({ organisationId: 'org-aurora', proposal: proposalBody({ mode: 'playground', gpuHours: 4000 }) }).expect(201);
    const id = drafted.body.applicationId as string;
    await svc.http.post(`/api/applications/${id}/submit`).set(auth(applicant)).expect(200);
    await svc.http.post(`/api/applications/${id}/screening/start`).set(auth(officer)).expect(200);
    await svc.http.post(`/api/applications/${id}/screening`).set(auth(officer)).send({ decision: 'information-requested', questions: ['Which partition?'] }).expect(200);
    await svc.http.post(`/api/applications/${id}/information`).set(auth(applicant)).send({ answer: 'The booster.' }).expect(200);
    await svc.settle();
    const answers = svc.published(topicFor('intake')).filter((e) => e.type === IntakeEvents.ApplicationInformationProvided.type && e.subject === id);
    expect(answers.map((e) => e.data)).toEqual([{ applicationId: id, organisationId: 'org-aurora', requestedBy: 'intake', answers: ['The booster.'], providedAt: svc.clock.now().toISOString() }]);
  });

  it('an award is recorded once, however often it is delivered, and withdrawal ends there', async () => {
    const id = await eligibleApplication('org-aurora');
    const award = { allocationId: 'alloc-9', applicationId: id, organisationId: 'org-aurora', projectId: 'EHPC-AIF-2026PG01-0009', mode: 'playground' as const, system: 'leonardo', partition: 'booster', gpuHours: 4000, monthlyQuotaGpuHours: 2000, start: '2027-01-04', end: '2027-03-04', partial: false };
    const eventId = await svc.publish(AllocationEvents.AllocationAwarded, 'alloc-9', award);
    await svc.publish(AllocationEvents.AllocationAwarded, 'alloc-9', award, { id: eventId });
    await svc.settle();
    const read = await svc.http.get(`/api/applications/${id}`).set(auth(applicant)).expect(200);
    expect(read.body).toMatchObject({ status: 'awarded', award: { allocationId: 'alloc-9', projectId: 'EHPC-AIF-2026PG01-0009' } });
    const history = await svc.http.get(`/api/applications/${id}/history`).set(auth(applicant)).expect(200);
    expect(history.body.events.filter((e: { type: string }) => e.type === 'ApplicationAwarded')).toHaveLength(1);
    const refused = await svc.http.post(`/api/applications/${id}/withdraw`).set(auth(applicant)).send({ reason: 'too late' }).expect(409);
    expect(refused.body.code).toBe('not-withdrawable');
  });

  it('an ethics refusal and a final no from allocation are recorded; a reserve place is not', async () => {
    const refusedByEthics = await eligibleApplication('org-aurora');
    await svc.publish(EthicsEvents.EthicsDecided, refusedByEthics, { caseId: refusedByEthics, applicationId: refusedByEthics, organisationId: 'org-aurora', outcome: 'refused', conditions: [], reasons: ['Article 5(1)(a) practice'], decidedAt: svc.clock.now().toISOString() });
    const reserve = await eligibleApplication('org-aurora');
    await svc.publish(AllocationEvents.ApplicationNotFunded, reserve, { applicationId: reserve, organisationId: 'org-aurora', reason: 'beyond capacity at cut-off 1', reserve: true });
    await svc.settle();
    const list = await svc.http.get('/api/applications?status=refused').set(auth(officer)).expect(200);
    expect(list.body.items.map((a: { applicationId: string }) => a.applicationId)).toEqual([refusedByEthics]);
    expect((await svc.http.get(`/api/applications/${reserve}`).set(auth(applicant))).body.status).toBe('eligible');
  });

  it('an organisation barred by allocation fails screening until the bar is lifted', async () => {
    await registerSigned('org-late');
    await svc.publish(AllocationEvents.OrganisationBarred, 'org-late', { organisationId: 'org-late', allocationId: 'alloc-1', reason: 'final report of EHPC-AIF-2026PG01-0001 overdue', barredAt: svc.clock.now().toISOString() });
    await svc.settle();
    const late = await svc.token('applicant', { organisationId: 'org-late' });
    const drafted = await svc.http.post('/api/applications').set(auth(late)).send({ organisationId: 'org-late', proposal: proposalBody({ mode: 'playground', gpuHours: 4000 }) }).expect(201);
    const id = drafted.body.applicationId as string;
    await svc.http.post(`/api/applications/${id}/submit`).set(auth(late)).expect(200);
    const started = await svc.http.post(`/api/applications/${id}/screening/start`).set(auth(officer)).expect(200);
    expect(started.body.checks).toContainEqual({ rule: 'not-barred', passed: false, reason: 'the organisation is barred from new calls: final report of EHPC-AIF-2026PG01-0001 overdue' });
    await svc.http.post(`/api/applications/${id}/screening`).set(auth(officer)).send({ decision: 'eligible' }).expect(422);

    svc.clock.advance(60_000);
    await svc.publish(AllocationEvents.OrganisationBarLifted, 'org-late', { organisationId: 'org-late', liftedAt: svc.clock.now().toISOString() });
    await svc.settle();
    await svc.http.post(`/api/applications/${id}/screening`).set(auth(officer)).send({ decision: 'eligible' }).expect(200);
  });
});
