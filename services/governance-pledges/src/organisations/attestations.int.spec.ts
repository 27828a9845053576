import { AccountingEvents } from '@hpc-access/contracts';
import type { ServiceHarness } from '@hpc-access/service-testing';
import { DAY, auth, publishedTypes, registerOrganisation, sign, startGovernance } from '../testing-only/governance-harness';

const attestation = (declaredTrainingFlop: number, declaredEnergyKwh: number) => ({
  evidence: { summary: 'Quarterly report: governance strategy adopted, AI literacy course done.', links: ['https://example.eu/q.pdf'] },
  declaredTrainingFlop,
  declaredEnergyKwh,
});

// One organisation through a year of its pledge: attested, late, breached, suspended, remedied, reinstated.
describe('attestations, their deadlines and the suspension they lead to', () => {
  let svc: ServiceHarness;
  let applicant: string;
  let officer: string;
  const url = '/api/governance/organisations/org-att';
  const read = async () => (await svc.http.get(url).set(auth(officer)).expect(200)).body;
  const totals = (allocationId: string, estimatedTrainingFlop: number, energyKwh: number, time?: string) =>
    svc.publish(AccountingEvents.AllocationUsageTotals, allocationId, { allocationId, organisationId: 'org-att', projectId: `EHPC-AIF-2026FL01-${allocationId}`, chargedGpuHours: 100, energyKwh, estimatedTrainingFlop }, time ? { time } : {});

  beforeAll(async () => {
    svc = await startGovernance();
    applicant = await svc.token('applicant', { userId: 'rep-att', organisationId: 'org-att' });
    officer = await svc.token('governance-officer', { userId: 'gov-1' });
    await registerOrganisation(svc, 'org-att');
    await sign(svc, 'org-att', applicant).expect(201);
  });
  afterAll(() => svc.close());

  it('refuses an attestation before its window opens (30 days before the due date)', async () => {
    const refused = await svc.http.post(`${url}/attestations`).set(auth(applicant)).send(attestation(0, 0)).expect(409);
    expect(refused.body.code).toBe('attestation-not-yet-due');
  });

  it('refuses bad attestation input naming the fields, and other roles', async () => {
    const bad = await svc.http.post(`${url}/attestations`).set(auth(applicant)).send({ evidence: { summary: '', links: ['ftp://x'] }, declaredTrainingFlop: -1 }).expect(400);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['declaredEnergyKwh', 'declaredTrainingFlop', 'evidence.links', 'evidence.summary']);
    expect(bad.body.errors).toContainEqual({ field: 'declaredTrainingFlop', reason: 'declaredTrainingFlop must not be less than 0' });
    await svc.http.post(`${url}/attestations`).set(auth(officer)).send(attestation(0, 0)).expect(403);
    await svc.http.post(`${url}/attestations`).send(attestation(0, 0)).expect(401);
    expect((await read()).attestations).toEqual([]);
  });

  it('cross-checks the declared figures with accounting\'s latest totals: flags, does not refuse', async () => {
    await totals('alloc-1', 6e20, 400);
    await totals('alloc-2', 4e20, 600);
    await totals('alloc-1', 9e22, 9e6, '2026-01-01T00:00:00Z'); // an older report arriving late changes nothing
    await svc.advance(69 * DAY); // 2027-01-10: inside the window
    const accepted = await svc.http.post(`${url}/attestations`).set(auth(applicant)).set('Idempotency-Key', 'att-1').send(attestation(1.05e21, 1500)).expect(201);
    expect(accepted.headers.etag).toBe('"2"');
    expect(accepted.body.attestations).toEqual([expect.objectContaining({
      periodDueAt: '2027-02-02T09:00:00.000Z', declaredTrainingFlop: 1.05e21, declaredEnergyKwh: 1500,
      accountingTrainingFlop: 1e21, accountingEnergyKwh: 1000, tolerancePercent: 10, flags: ['energy-mismatch'], submittedBy: 'rep-att',
    })]);
    expect(accepted.body.attestation).toEqual({ nextDueAt: '2027-05-02T09:00:00.000Z', overdue: false, breachAt: null });
    const replay = await svc.http.post(`${url}/attestations`).set(auth(applicant)).set('Idempotency-Key', 'att-1').send(attestation(1.05e21, 1500)).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect((await read()).attestations).toHaveLength(1);
  });

  it('a suspension needs grounds: not while the pledge is in force without breaches', async () => {
    const refused = await svc.http.post(`${url}/suspension`).set(auth(officer)).send({ reason: 'just because' }).expect(409);
    expect(refused.body.code).toBe('no-grounds-for-suspension');
  });

  it('14 days before the due date the organisation is reminded (AttestationDueSoon is published), once', async () => {
    await svc.advance(97 * DAY); // 2027-04-17T09:00
    expect(publishedTypes(svc)).not.toContain('AttestationDueSoon.v1');
    await svc.advance(DAY); // 2027-04-18T09:00
    await svc.settle();
    expect(svc.published('hpc-access.governance.v1').at(-1)).toMatchObject({
      type: 'hpc-access.governance.AttestationDueSoon.v1', subject: 'org-att',
      data: { organisationId: 'org-att', dueAt: '2027-05-02T09:00:00.000Z', remindedAt: '2027-04-18T09:00:00.000Z' },
    });
    expect((await read()).attestation).toEqual({ nextDueAt: '2027-05-02T09:00:00.000Z', overdue: false, breachAt: null });
  });

  it('at the due date an unsubmitted attestation becomes overdue (the reminder), is published, and shows in the list', async () => {
    await svc.advance(14 * DAY); // 2027-05-02T09:00
    await svc.settle();
    expect(svc.published('hpc-access.governance.v1').at(-1)).toMatchObject({
      type: 'hpc-access.governance.AttestationOverdue.v1', subject: 'org-att',
      data: { organisationId: 'org-att', dueAt: '2027-05-02T09:00:00.000Z', overdueAt: '2027-05-02T09:00:00.000Z', breachAt: '2027-06-01T09:00:00.000Z' },
    });
    const state = await read();
    expect(state.attestation).toEqual({ nextDueAt: '2027-05-02T09:00:00.000Z', overdue: true, breachAt: '2027-06-01T09:00:00.000Z' });
    expect(state.breaches).toEqual([]);
    const overdue = await svc.http.get('/api/governance/organisations?overdue=true').set(auth(officer)).expect(200);
    expect(overdue.body.items.map((i: { organisationId: string }) => i.organisationId)).toEqual(['org-att']);
  });

  it('after the grace period the overdue attestation is a breach: PledgeBreached is published', async () => {
    await svc.advance(29 * DAY);
    expect((await read()).breaches).toEqual([]);
    await svc.advance(DAY);
    const state = await read();
    expect(state.openBreaches).toBe(1);
    expect(state.breaches[0]).toMatchObject({ cause: 'attestation-overdue', ref: '2027-05-02T09:00:00.000Z', breachedAt: '2027-06-01T09:00:00.000Z', remediedAt: null });
    expect(svc.published('hpc-access.governance.v1').at(-1)).toMatchObject({
      type: 'hpc-access.governance.PledgeBreached.v1',
      data: { organisationId: 'org-att', breachId: state.breaches[0].breachId, reason: 'attestation due 2027-05-02T09:00:00.000Z not submitted within the grace period', breachedAt: '2027-06-01T09:00:00.000Z' },
    });
  });

  it('the governance officer suspends the organisation\'s allocations for the breach', async () => {
    const { breaches, revision } = await read();
    const breachId = breaches[0].breachId as string;
    await svc.http.post(`${url}/suspension`).set(auth(officer)).send({ breachId }).expect(400);
    await svc.http.post(`${url}/suspension`).set(auth(applicant)).send({ reason: 'x', breachId }).expect(403);
    await svc.http.post(`${url}/suspension`).set(auth(await svc.token('auditor'))).send({ reason: 'x', breachId }).expect(403);
    const unknown = await svc.http.post(`${url}/suspension`).set(auth(officer)).send({ reason: 'x', breachId: 'nope' }).expect(422);
    expect(unknown.body.errors).toEqual([{ field: 'breachId', reason: 'breach nope is not a breach of this organisation' }]);
    await svc.http.post(`${url}/suspension`).set(auth(officer)).set('If-Match', `"${revision - 1}"`).send({ reason: 'x', breachId }).expect(412);
    const suspended = await svc.http.post(`${url}/suspension`).set(auth(officer)).set('If-Match', `"${revision}"`).send({ reason: 'Attestation overdue', breachId }).expect(200);
    expect(suspended.body).toMatchObject({ suspended: true, suspension: { reason: 'Attestation overdue', breachId, requestedAt: '2027-06-01T09:00:00.000Z' } });
    await svc.settle();
    expect(svc.published('hpc-access.governance.v1').at(-1)).toMatchObject({
      type: 'hpc-access.governance.AllocationsSuspensionRequested.v1', subject: 'org-att',
      data: { organisationId: 'org-att', reason: 'Attestation overdue', breachId, requestedAt: '2027-06-01T09:00:00.000Z' },
    });
    expect((await svc.http.post(`${url}/suspension`).set(auth(officer)).send({ reason: 'again' }).expect(409)).body.code).toBe('already-suspended');
  });

  it('reinstatement waits until the breach is remedied by the overdue attestation', async () => {
    expect((await svc.http.post(`${url}/reinstatement`).set(auth(officer)).send({ reason: 'early' }).expect(409)).body.code).toBe('breaches-open');
    const attested = await svc.http.post(`${url}/attestations`).set(auth(applicant)).send(attestation(1e21, 1000)).expect(201);
    expect(attested.body).toMatchObject({ openBreaches: 0, attestation: { nextDueAt: '2027-08-02T09:00:00.000Z', overdue: false, breachAt: null } });
    expect(attested.body.attestations[1].flags).toEqual([]);
    await svc.http.post(`${url}/reinstatement`).set(auth(applicant)).send({ reason: 'x' }).expect(403);
    const reinstated = await svc.http.post(`${url}/reinstatement`).set(auth(officer)).send({ reason: 'Attestation received' }).expect(200);
    expect(reinstated.body).toMatchObject({ suspended: false, suspension: null });
    await svc.settle();
    expect(publishedTypes(svc)).toEqual([
      'PledgeVersionPublished.v1', 'PledgeSigned.v1', 'AttestationDueSoon.v1', 'AttestationOverdue.v1', 'PledgeBreached.v1', 'AllocationsSuspensionRequested.v1', 'BreachRemedied.v1', 'AllocationsResumptionRequested.v1',
    ]);
    expect((await svc.http.post(`${url}/reinstatement`).set(auth(officer)).send({ reason: 'again' }).expect(409)).body.code).toBe('not-suspended');
  });

  it('a deadline of a period already attested does nothing when it fires', async () => {
    const before = (await read()).revision;
    await svc.advance(DAY);
    expect((await read()).revision).toBe(before);
  });
});
