import { GovernanceEvents, topicFor } from '@hpc-access/contracts';
import { startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { IntakeModule } from './intake.module';
import { IntakeRuntime } from './intake-runtime';

// Intake alone, with governance played by publishing its integration events.
describe('intake as a service on its own', () => {
  let svc: ServiceHarness;

  beforeAll(async () => {
    svc = await startServiceHarness({ module: ({ db, bus, clock }) => IntakeModule.register({ db, bus, clock }), runtimes: [IntakeRuntime] });
  });
  afterAll(() => svc.close());

  it('records a pledge signed in governance and publishes the registration', async () => {
    const applicant = await svc.token('applicant', { organisationId: 'org-solo' });
    await svc.http
      .post('/api/organisations')
      .set('Authorization', `Bearer ${applicant}`)
      .send({ legalName: 'Solo AI OÜ', country: 'EE', registrationNumber: 'EE10000001', sme: { staff: 12, turnoverEurM: 1, balanceSheetEurM: 1 }, contacts: [{ name: 'Mari Maasikas', email: 'mari@solo.ee', role: 'representative' }] })
      .expect(201);
    await svc.publish(GovernanceEvents.PledgeSigned, 'org-solo', { organisationId: 'org-solo', pledgeVersion: 1, signedBy: 'p-solo', signedAt: svc.clock.now().toISOString() });
    await svc.settle();
    const read = await svc.http.get('/api/organisations/org-solo').set('Authorization', `Bearer ${applicant}`).expect(200);
    expect(read.body.pledge).toEqual({ version: '1', signedBy: 'p-solo', signedAt: '2026-11-02T09:00:00.000Z' });
    expect(svc.published(topicFor('intake')).map((e) => e.type)).toEqual(['hpc-access.intake.OrganisationRegistered.v1']);
  });
});
