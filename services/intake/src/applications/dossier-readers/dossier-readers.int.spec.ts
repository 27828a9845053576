import { EthicsEvents } from '@hpc-access/contracts';
import { organisationBody, proposalBody, startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { eventually } from '@hpc-access/testing';
import { IntakeModule } from '../../intake.module';
import { IntakeRuntime } from '../../intake-runtime';

// Who reads a dossier in intake (ARCHITECTURE.md section 9), with ethics review played on the bus.
describe('who reads an application, its history and its organisation', () => {
  let svc: ServiceHarness;
  let officer: string;
  let applicationId: string;
  let otherApplicationId: string;
  const ORG = 'org-dossier';
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const as = (role: string, userId: string, organisationId?: string) => svc.token(role, { userId, ...(organisationId ? { organisationId } : {}) });
  const routes = (id: string) => [`/api/applications/${id}`, `/api/applications/${id}/history`, `/api/organisations/${ORG}`];
  const listed = async (token: string) => (await svc.http.get('/api/applications?pageSize=100').set(auth(token)).expect(200)).body.items.map((i: { applicationId: string }) => i.applicationId);
  const cleared = (reviewerId: string, id = applicationId) =>
    svc.publish(EthicsEvents.ReviewerDeclaredNoConflict, id, { caseId: id, applicationId: id, reviewerId, declaredAt: svc.clock.now().toISOString() });
  const ended = (reviewerId: string, id = applicationId) =>
    svc.publish(EthicsEvents.ReviewerAssignmentEnded, id, { caseId: id, applicationId: id, reviewerId, reason: 'case-decided', endedAt: svc.clock.now().toISOString() });

  async function expectRefusedEverywhere(token: string, code: string): Promise<void> {
    for (const route of routes(applicationId)) {
      const refused = await svc.http.get(route).set(auth(token)).expect(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.code).toBe(code);
    }
  }

  async function eligible(organisationId: string): Promise<string> {
    const applicant = await as('applicant', `rep-${organisationId}`, organisationId);
    const drafted = await svc.http.post('/api/applications').set(auth(applicant)).send({ organisationId, proposal: proposalBody({ mode: 'playground', gpuHours: 4000 }) }).expect(201);
    const id = drafted.body.applicationId as string;
    await svc.http.post(`/api/applications/${id}/submit`).set(auth(applicant)).expect(200);
    await svc.http.post(`/api/applications/${id}/screening/start`).set(auth(officer)).expect(200);
    return id;
  }

  beforeAll(async () => {
    svc = await startServiceHarness({ module: ({ db, bus, clock }) => IntakeModule.register({ db, bus, clock }), runtimes: [IntakeRuntime] });
    officer = await as('intake-officer', 'officer-1');
    for (const organisationId of [ORG, 'org-elsewhere']) {
      await svc.http.post('/api/organisations').set(auth(await as('applicant', `rep-${organisationId}`, organisationId))).send(organisationBody({ legalName: `${organisationId} OÜ` })).expect(201);
    }
    applicationId = await eligible(ORG);
    otherApplicationId = await eligible('org-elsewhere');
    await svc.settle();
  });
  afterAll(() => svc.close());

  it('a reviewer not cleared on the case reads nothing: 403 on the application, its history and the organisation, and an empty list', async () => {
    const stranger = await as('ethics-reviewer', 'rev-stranger', 'uni-stranger');
    await expectRefusedEverywhere(stranger, 'not-cleared');
    expect(await listed(stranger)).toEqual([]);
    // Refused before the record is read: an id that does not exist answers the same.
    const unknown = await svc.http.get('/api/applications/0196f3a0-0000-7000-8000-00000000dead').set(auth(stranger)).expect(403);
    expect(unknown.body.code).toBe('not-cleared');
  });

  it('a reviewer reads the dossier once ethics review says they declared no conflict, and no longer once the assignment ended', async () => {
    const reviewer = await as('ethics-reviewer', 'rev-cleared', 'uni-cleared');
    await expectRefusedEverywhere(reviewer, 'not-cleared');

    const declaration = await cleared('rev-cleared');
    const application = await eventually(() => svc.http.get(`/api/applications/${applicationId}`).set(auth(reviewer)).expect(200), { timeoutMs: 10_000 });
    expect(application.body).toMatchObject({ applicationId, organisationId: ORG, proposal: { mode: 'playground', gpuHours: 4000 } });
    await svc.http.get(`/api/applications/${applicationId}/history`).set(auth(reviewer)).expect(200);
    expect(await listed(reviewer)).toEqual([applicationId]);
    const organisation = await svc.http.get(`/api/organisations/${ORG}`).set(auth(reviewer)).expect(200);
    expect(organisation.body.contacts).toEqual([expect.objectContaining({ role: 'representative' }), expect.objectContaining({ role: 'technical' })]);
    expect(JSON.stringify(organisation.body)).not.toMatch(/Kadri|Tamm|@|\+372/);
    // Cleared on one application, not on the others: of another organisation, nothing.
    await svc.http.get(`/api/applications/${otherApplicationId}`).set(auth(reviewer)).expect(403);
    await svc.http.get('/api/organisations/org-elsewhere').set(auth(reviewer)).expect(403);

    await ended('rev-cleared');
    await eventually(() => svc.http.get(`/api/applications/${applicationId}`).set(auth(reviewer)).expect(403), { timeoutMs: 10_000 });
    await expectRefusedEverywhere(reviewer, 'not-cleared');
    expect(await listed(reviewer)).toEqual([]);

    // The declaration delivered again (at-least-once) after the end opens nothing: the inbox knows it.
    await svc.publish(EthicsEvents.ReviewerDeclaredNoConflict, applicationId, { caseId: applicationId, applicationId, reviewerId: 'rev-cleared', declaredAt: svc.clock.now().toISOString() }, { id: declaration });
    await svc.settle();
    await expectRefusedEverywhere(reviewer, 'not-cleared');
  });

  it("a chair of the applicant's organisation reads none of it; other chairs do, without contacts' personal data", async () => {
    const ownChair = await as('ethics-chair', 'chair-own', ORG);
    await expectRefusedEverywhere(ownChair, 'own-organisation');
    const ownList = await listed(ownChair);
    expect(ownList).toContain(otherApplicationId);
    expect(ownList).not.toContain(applicationId);
    expect((await svc.http.get(`/api/applications?organisationId=${ORG}`).set(auth(ownChair)).expect(403)).body.code).toBe('own-organisation');

    // A chair whose token names no organisation is of none.
    for (const chair of [await as('ethics-chair', 'chair-free'), await as('ethics-chair', 'chair-board', 'org-ethics-board')]) {
      for (const route of routes(applicationId)) await svc.http.get(route).set(auth(chair)).expect(200);
      expect(await listed(chair)).toEqual(expect.arrayContaining([applicationId, otherApplicationId]));
    }
  });

  it('contact details only to the organisation, intake officers and administrators; the committee and auditors see ids and roles', async () => {
    const withContacts = [await as('applicant', `rep-${ORG}`, ORG), officer, await as('administrator', 'admin-1')];
    for (const token of withContacts) {
      const read = await svc.http.get(`/api/organisations/${ORG}`).set(auth(token)).expect(200);
      expect(read.body.contacts).toEqual([
        expect.objectContaining({ name: 'Kadri Tamm', email: 'kadri.tamm@aurora-models.ee', phone: '+372 5123 4567', role: 'representative' }),
        expect.objectContaining({ name: 'Jaan Kask', email: 'jaan.kask@aurora-models.ee', role: 'technical' }),
      ]);
    }
    for (const token of [await as('allocation-committee', 'committee-1'), await as('auditor', 'auditor-1'), await as('ethics-chair', 'chair-board', 'org-ethics-board')]) {
      const read = await svc.http.get(`/api/organisations/${ORG}`).set(auth(token)).expect(200);
      expect(read.body).toMatchObject({ organisationId: ORG, legalName: `${ORG} OÜ`, country: 'EE' });
      expect(read.body.contacts).toEqual([{ personId: expect.any(String), role: 'representative' }, { personId: expect.any(String), role: 'technical' }]);
      await svc.http.get(`/api/applications/${applicationId}`).set(auth(token)).expect(200);
    }
  });

  it('roles that do not work on the dossier are refused on every route', async () => {
    for (const role of ['technical-assessor', 'governance-officer', 'accounting-officer', 'site']) {
      const token = await as(role, `${role}-1`, 'org-staff');
      for (const route of [...routes(applicationId), '/api/applications']) {
        const refused = await svc.http.get(route).set(auth(token)).expect(403);
        expect(refused.headers['content-type']).toContain('application/problem+json');
      }
    }
  });
});
