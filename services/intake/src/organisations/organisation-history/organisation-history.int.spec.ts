import { GovernanceEvents } from '@hpc-access/contracts';
import { organisationBody, startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { IntakeModule } from '../../intake.module';
import { IntakeRuntime } from '../../intake-runtime';

// Every entity has a history: an organisation's in intake, scoped like the organisation itself.
describe("an organisation's history in intake", () => {
  let svc: ServiceHarness;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const url = (id: string, query = '') => `/api/organisations/${id}/history${query}`;

  beforeAll(async () => {
    svc = await startServiceHarness({ module: ({ db, bus, clock }) => IntakeModule.register({ db, bus, clock }), runtimes: [IntakeRuntime] });
    const applicant = await svc.token('applicant', { organisationId: 'org-aurora' });
    await svc.http.post('/api/organisations').set(auth(applicant)).send(organisationBody()).expect(201);
    await svc.publish(GovernanceEvents.PledgeSigned, 'org-aurora', { organisationId: 'org-aurora', pledgeVersion: 1, signedBy: 'rep', signedAt: svc.clock.now().toISOString() });
    await svc.settle();
  });
  afterAll(() => svc.close());

  it('shows its own applicant every event with who acted, contacts in full, paged as the lists', async () => {
    const own = await svc.token('applicant', { organisationId: 'org-aurora' });
    const all = await svc.http.get(url('org-aurora')).set(auth(own)).expect(200);
    expect(all.body).toMatchObject({ organisationId: 'org-aurora', page: 1, pageSize: 20, total: 2 });
    expect(all.body.events.map((e: { type: string }) => e.type)).toEqual(['OrganisationRegistered', 'PledgeSignatureRecorded']);
    expect(all.body.events[0]).toMatchObject({ revision: 0, actor: { role: 'applicant' }, data: { contacts: [{ name: 'Kadri Tamm', role: 'representative' }, { name: 'Jaan Kask' }] } });
    const second = await svc.http.get(url('org-aurora', '?page=2&pageSize=1')).set(auth(own)).expect(200);
    expect(second.body).toMatchObject({ page: 2, pageSize: 1, total: 2, events: [{ type: 'PledgeSignatureRecorded', revision: 1 }] });
  });

  it('shows an auditor the contacts as ids and roles only', async () => {
    const auditor = await svc.token('auditor');
    const answer = await svc.http.get(url('org-aurora')).set(auth(auditor)).expect(200);
    const contacts = answer.body.events[0].data.contacts as Array<Record<string, unknown>>;
    expect(contacts.map((c) => Object.keys(c).sort())).toEqual([['personId', 'role'], ['personId', 'role']]);
  });

  it("refuses another organisation's applicant, a bad page and an unknown organisation", async () => {
    const other = await svc.token('applicant', { organisationId: 'org-other' });
    await svc.http.get(url('org-aurora')).set(auth(other)).expect(403);
    const officer = await svc.token('intake-officer');
    const bad = await svc.http.get(url('org-aurora', '?pageSize=500')).set(auth(officer)).expect(400);
    expect(JSON.stringify(bad.body)).toContain('pageSize');
    await svc.http.get(url('org-nobody')).set(auth(officer)).expect(404);
  });
});
