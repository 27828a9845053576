import { EthicsEvents } from '@hpc-access/contracts';
import type { ServiceHarness } from '@hpc-access/service-testing';
import { DAY, auth, publishedTypes, registerOrganisation, startGovernance } from '../testing-only/governance-harness';

const evidence = { summary: 'Model card published', links: ['https://example.eu/model-card'] };

describe('obligations from ethics conditions over HTTP', () => {
  let svc: ServiceHarness;
  let applicant: string;
  let officer: string;
  const url = '/api/governance/organisations/org-obl';
  const read = async () => (await svc.http.get(url).set(auth(officer)).expect(200)).body;
  const decided = (outcome: 'cleared' | 'cleared-with-conditions', conditions: Array<{ conditionId: string; text: string; dueDate: string }>) => ({
    caseId: 'case-1', applicationId: 'app-1', organisationId: 'org-obl', outcome, conditions, reasons: [], decidedAt: '2026-11-02T09:00:00Z',
  });

  beforeAll(async () => {
    svc = await startGovernance();
    applicant = await svc.token('applicant', { userId: 'rep-obl', organisationId: 'org-obl' });
    officer = await svc.token('governance-officer', { userId: 'gov-1' });
    await registerOrganisation(svc, 'org-obl');
  });
  afterAll(() => svc.close());

  it('turns each condition of a clearance into an obligation; a redelivery or a plain clearance adds none', async () => {
    const conditions = [
      { conditionId: 'cond-1', text: 'Publish a model card', dueDate: '2026-12-31' },
      { conditionId: 'cond-2', text: 'Appoint a human-oversight lead', dueDate: '2027-01-15' },
    ];
    const id = await svc.publish(EthicsEvents.EthicsDecided, 'case-1', decided('cleared-with-conditions', conditions));
    await svc.publish(EthicsEvents.EthicsDecided, 'case-1', decided('cleared-with-conditions', conditions), { id });
    await svc.publish(EthicsEvents.EthicsDecided, 'case-2', { ...decided('cleared', []), caseId: 'case-2' });
    await svc.settle();
    const { obligations } = await read();
    expect(obligations).toEqual([
      { obligationId: 'cond-1', applicationId: 'app-1', text: 'Publish a model card', dueDate: '2026-12-31', dueAt: '2027-01-01T00:00:00.000Z', status: 'open', overdueSince: null, breachAt: null, evidence: null, fulfilledAt: null, overdue: false },
      expect.objectContaining({ obligationId: 'cond-2', dueAt: '2027-01-16T00:00:00.000Z', status: 'open' }),
    ]);
  });

  it('takes evidence from the organisation only, with valid input', async () => {
    const bad = await svc.http.post(`${url}/obligations/cond-1/evidence`).set(auth(applicant)).send({ summary: 'x', links: 'nope', extra: 1 }).expect(400);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['extra', 'links']);
    expect(bad.body.errors).toContainEqual({ field: 'extra', reason: 'property extra should not exist' });
    await svc.http.post(`${url}/obligations/cond-1/evidence`).set(auth(officer)).send(evidence).expect(403);
    await svc.http.post(`${url}/obligations/cond-1/evidence`).send(evidence).expect(401);
    const missing = await svc.http.post(`${url}/obligations/cond-9/evidence`).set(auth(applicant)).send(evidence).expect(404);
    expect(missing.body.code).toBe('obligation-not-found');
    const submitted = await svc.http.post(`${url}/obligations/cond-1/evidence`).set(auth(applicant)).set('Idempotency-Key', 'ev-1').send(evidence).expect(201);
    expect(submitted.body.obligations[0]).toMatchObject({ status: 'evidence-submitted', evidence: { ...evidence, submittedBy: 'rep-obl', submittedAt: '2026-11-02T09:00:00.000Z' } });
    const replay = await svc.http.post(`${url}/obligations/cond-1/evidence`).set(auth(applicant)).set('Idempotency-Key', 'ev-1').send(evidence).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect((await svc.http.get(`${url}/history`).set(auth(officer))).body.events.filter((e: { type: string }) => e.type === 'ObligationEvidenceSubmitted')).toHaveLength(1);
  });

  it('the governance officer accepts the evidence: ObligationFulfilled is published', async () => {
    await svc.http.post(`${url}/obligations/cond-1/acceptance`).set(auth(applicant)).expect(403);
    const accepted = await svc.http.post(`${url}/obligations/cond-1/acceptance`).set(auth(officer)).expect(200);
    expect(accepted.body.obligations[0]).toMatchObject({ status: 'fulfilled', fulfilledAt: '2026-11-02T09:00:00.000Z' });
    await svc.settle();
    expect(svc.published('hpc-access.governance.v1').at(-1)).toMatchObject({
      type: 'hpc-access.governance.ObligationFulfilled.v1', subject: 'org-obl',
      data: { organisationId: 'org-obl', obligationId: 'cond-1', applicationId: 'app-1', fulfilledAt: '2026-11-02T09:00:00.000Z' },
    });
    expect((await svc.http.post(`${url}/obligations/cond-1/acceptance`).set(auth(officer)).expect(409)).body.code).toBe('obligation-fulfilled');
    expect((await svc.http.post(`${url}/obligations/cond-2/acceptance`).set(auth(officer)).expect(409)).body.code).toBe('no-evidence');
  });

  it('an obligation past its due date becomes overdue, stays so when evidence is rejected, and breaches after the grace period', async () => {
    await svc.advance(75 * DAY); // 2027-01-16T09:00
    expect((await read()).obligations[1]).toMatchObject({ overdue: true, overdueSince: '2027-01-16T09:00:00.000Z', breachAt: '2027-02-15T09:00:00.000Z' });
    await svc.http.post(`${url}/obligations/cond-2/evidence`).set(auth(applicant)).send(evidence).expect(201);
    await svc.http.post(`${url}/obligations/cond-2/rejection`).set(auth(officer)).send({}).expect(400);
    const rejected = await svc.http.post(`${url}/obligations/cond-2/rejection`).set(auth(officer)).send({ reason: 'No lead named' }).expect(200);
    expect(rejected.body.obligations[1]).toMatchObject({ status: 'open', evidence: null, overdue: true });
    await svc.advance(30 * DAY);
    const state = await read();
    expect(state.breaches).toEqual([expect.objectContaining({ cause: 'obligation-overdue', ref: 'cond-2', remediedAt: null })]);
    await svc.settle();
    expect(svc.published('hpc-access.governance.v1').at(-1)).toMatchObject({ type: 'hpc-access.governance.PledgeBreached.v1', data: { organisationId: 'org-obl', breachId: state.breaches[0].breachId } });
  });

  it('fulfilling the overdue obligation remedies its breach', async () => {
    await svc.http.post(`${url}/obligations/cond-2/evidence`).set(auth(applicant)).send(evidence).expect(201);
    const accepted = await svc.http.post(`${url}/obligations/cond-2/acceptance`).set(auth(officer)).expect(200);
    expect(accepted.body.openBreaches).toBe(0);
    expect(accepted.body.breaches[0].remediedAt).toBe('2027-02-15T09:00:00.000Z');
    expect(publishedTypes(svc)).toEqual(['PledgeVersionPublished.v1', 'ObligationFulfilled.v1', 'PledgeBreached.v1', 'ObligationFulfilled.v1', 'BreachRemedied.v1']);
  });
});
