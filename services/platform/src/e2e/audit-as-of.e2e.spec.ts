import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';
import type { Json } from '../client/platform-client';
import { assessTechnically, eligibleApplication, ratings, registerReviewer, signedOrganisation, staffOf } from './scenarios/review-and-capacity-steps';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const MINUTE = 60_000;

/** What the services' own read routes said at one moment of the run. */
interface Moment {
  at: string;
  intake: Json;
  allocation: Json;
  ethics: Json | null;
  governance: Json;
}

// Point in time (issue 17): the read models' answers are recorded during the run, then the
// audit's as-of route is asked afterwards for each recorded moment and must say the same.
describe('an entity as of an instant, through the embedded platform', () => {
  let platform: PlatformHarness;
  let auditor: string;
  let applicationId: string;
  const organisationId = 'org-asof';
  const moments: Moment[] = [];
  let accounting: Json | null;

  beforeAll(async () => {
    platform = await startPlatform();
    auditor = await platform.token('auditor');
    const staff = await staffOf(platform);
    const applicant = await signedOrganisation(platform, organisationId, 'asof-ana');
    const record = async () => {
      const ethics = await staff.chair.get(`/api/ethics/cases/${applicationId}`, { expect: [200, 404] });
      moments.push({
        at: platform.now().toISOString(),
        intake: (await applicant.get(`/api/applications/${applicationId}`)).body,
        allocation: (await staff.committee.get(`/api/allocation/applications/${applicationId}`)).body,
        ethics: ethics.status === 200 ? ethics.body : null,
        governance: (await applicant.get(`/api/governance/organisations/${organisationId}`)).body,
      });
    };

    await platform.advance(MINUTE);
    applicationId = await eligibleApplication(platform, staff, applicant, organisationId, { system: 'vega', partition: 'gpu', title: 'Protein folding at a point in time' });
    await record();

    await platform.advance(MINUTE);
    await assessTechnically(staff, applicationId, 'accepted', 'Ready to run.');
    await registerReviewer(staff.chair, 'asof-rev-vera', 'org-asof-university');
    await staff.chair.post(`/api/ethics/cases/${applicationId}/assignments`, { reviewerId: 'asof-rev-vera' });
    const vera = await platform.as('ethics-reviewer', { userId: 'asof-rev-vera', organisationId: 'org-asof-university' });
    await vera.post(`/api/ethics/cases/${applicationId}/declarations`, { conflict: false, statement: 'No ties to the applicant.' });
    await vera.post(`/api/ethics/cases/${applicationId}/reviews`, { ratings: ratings('no-issue', 'Fine.') });
    await platform.settle();
    await record();

    await platform.advance(MINUTE);
    await staff.chair.post(`/api/ethics/cases/${applicationId}/decision`, { outcome: 'cleared' });
    await platform.settle();
    await record();
    const last = moments[moments.length - 1];
    const account = await (await platform.as('accounting-officer')).get(`/api/accounting/allocations/${last.allocation.allocationId}`, { expect: [200, 404] });
    accounting = account.status === 200 ? account.body : null;
  }, 120_000);
  afterAll(() => platform?.close());

  const asOf = (entityType: string, id: string, at: string, token = auditor) => platform.http.get(`/api/audit/entities/${entityType}/${id}`).query({ asOf: at }).set(auth(token));

  it('says at each recorded moment what the services\' read routes said then', async () => {
    expect(moments.map((m) => [m.intake.status, m.allocation.status, m.ethics?.status ?? null])).toEqual([
      ['eligible', expect.any(String), expect.any(String)],
      [expect.any(String), expect.any(String), 'awaiting-decision'],
      ['awarded', 'awarded', 'decided'],
    ]);
    for (const moment of moments) {
      const intake = (await asOf('application', applicationId, moment.at).expect(200)).body;
      expect({ at: moment.at, status: intake.state.status, organisationId: intake.state.organisationId }).toEqual({ at: moment.at, status: moment.intake.status, organisationId });
      expect(intake).toMatchObject({ entityType: 'application', id: applicationId, service: 'intake', streamId: `application-${applicationId}`, evolve: 'intake: evolveApplication', asOf: moment.at });
      expect(new Date(intake.lastEvent.recordedAt).getTime()).toBeLessThanOrEqual(new Date(moment.at).getTime());

      // Allocation's read route joins two of its entities: the application ('registered') and its
      // hold in the partition's capacity ledger, which it shows as 'held'.
      const allocation = (await asOf('allocation-application', applicationId, moment.at).expect(200)).body;
      const ledger = (await asOf('capacity-ledger', 'vega.gpu', moment.at).expect(200)).body;
      const held = Object.values(ledger.state.holds as Record<string, Json>).some((hold) => hold.applicationId === applicationId);
      const status = allocation.state.status === 'registered' && held ? 'held' : allocation.state.status;
      expect({ at: moment.at, status, ethics: allocation.state.ethics, allocationId: allocation.state.allocationId })
        .toEqual({ at: moment.at, status: moment.allocation.status, ethics: moment.allocation.ethics ?? null, allocationId: moment.allocation.allocationId ?? null });

      const ethics = (await asOf('ethics-case', applicationId, moment.at).expect(200)).body;
      expect({ at: moment.at, status: ethics.state.status, reviews: ethics.state.reviews.map((r: Json) => r.reviewerId), decision: ethics.state.decision?.outcome ?? null })
        .toEqual({ at: moment.at, status: moment.ethics!.status, reviews: (moment.ethics!.reviews ?? []).map((r: Json) => r.reviewerId), decision: moment.ethics!.decision?.outcome ?? null });
    }
    // The allocation the award opened, and the organisation, are entities too.
    const last = moments[2];
    const opened = (await asOf('allocation', last.allocation.allocationId, last.at).expect(200)).body;
    expect(opened.state).toMatchObject({ status: 'awarded' });
    const organisation = (await asOf('organisation', organisationId, last.at).expect(200)).body;
    expect(organisation).toMatchObject({ service: 'intake', state: { status: expect.any(String) }, eventsApplied: expect.any(Number) });
    const ledger = (await asOf('capacity-ledger', 'vega.gpu', last.at).expect(200)).body;
    expect(ledger).toMatchObject({ service: 'allocation', streamId: 'allocation-capacity-vega.gpu' });

    // Governance's pledge and accounting's account, against their own read routes.
    for (const moment of moments) {
      const pledge = (await asOf('organisation-pledge', organisationId, moment.at).expect(200)).body;
      expect({ at: moment.at, status: pledge.state.status, version: pledge.state.signature?.pledgeVersion ?? null, obligations: pledge.state.obligations.length })
        .toEqual({ at: moment.at, status: moment.governance.status, version: moment.governance.signature?.pledgeVersion ?? null, obligations: (moment.governance.obligations ?? []).length });
    }
    // Accounting opens an account when the allocation starts: where its route knew none, as-of has none either.
    const account = await asOf('allocation-account', last.allocation.allocationId, last.at);
    if (accounting === null) expect(account.status).toBe(404);
    else {
      expect(account.status).toBe(200);
      expect({ status: account.body.state.status, gpuHours: account.body.state.terms.gpuHours, jobs: account.body.state.totals.jobs }).toEqual({ status: accounting.status, gpuHours: accounting.awardedGpuHours, jobs: accounting.jobs });
    }
  });

  it('counts the events applied and names the last one as the timeline has it', async () => {
    const first = (await asOf('application', applicationId, moments[0].at).expect(200)).body;
    const timeline = (await platform.http.get('/api/audit/timeline').query({ streamId: `application-${applicationId}`, to: new Date(new Date(moments[0].at).getTime() + 1).toISOString(), pageSize: 100 }).set(auth(auditor)).expect(200)).body;
    expect(first.eventsApplied).toBe(timeline.total);
    const lastOnTimeline = timeline.items[timeline.items.length - 1];
    expect(first.lastEvent).toEqual({ eventId: lastOnTimeline.eventId, type: lastOnTimeline.type, streamPosition: lastOnTimeline.streamPosition, recordedAt: lastOnTimeline.recordedAt, hash: lastOnTimeline.hash });
  });

  it('answers 404 before the first event, for an unknown type or id; 400 naming asOf or id', async () => {
    const before = new Date(new Date(moments[0].at).getTime() - 2 * MINUTE).toISOString();
    const notYet = await asOf('application', applicationId, before).expect(404);
    expect(notYet.headers['content-type']).toContain('application/problem+json');
    expect(notYet.body.detail).toContain('did not exist yet');
    expect((await asOf('spaceship', applicationId, moments[0].at).expect(404)).body.detail).toContain('unknown entity type');
    expect((await asOf('application', 'no-such-application', moments[0].at).expect(404)).body.detail).toContain('no application no-such-application');
    const bad = await asOf('application', applicationId, 'last tuesday').expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'asOf' })]);
    const missing = await platform.http.get(`/api/audit/entities/application/${applicationId}`).set(auth(auditor)).expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'asOf' })]);
    const badId = await asOf('application', '%20drop', moments[0].at).expect(400);
    expect(badId.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
    await asOf('application', 'x'.repeat(201), moments[0].at).expect(400);
  });

  it('shows an ethics decision and an award with what their makers saw, as of each', async () => {
    const findOne = async (streamId: string, type: string) => {
      const page = (await platform.http.get('/api/audit/timeline').query({ streamId, type }).set(auth(auditor)).expect(200)).body;
      expect(page.total).toBe(1);
      return page.items[0];
    };
    const decided = await findOne(`ethics-case-${applicationId}`, 'EthicsCaseDecided');
    const ethics = (await platform.http.get(`/api/audit/decisions/${decided.eventId}`).set(auth(auditor)).expect(200)).body;
    expect(ethics).toMatchObject({ kind: 'ethics-decision', asOf: decided.recordedAt, event: { eventId: decided.eventId, type: 'EthicsCaseDecided', service: 'ethics', hash: decided.hash, data: { outcome: 'cleared' } } });
    // The chair saw the case awaiting a decision with one review, by the one cleared reviewer, and
    // the application as intake held it then (not the award that followed at the same instant).
    expect(ethics.seen.ethicsCase.state).toMatchObject({ status: 'awaiting-decision', decision: null });
    expect(ethics.seen.ethicsCase.lastEvent.streamPosition).toBe(decided.streamPosition - 1);
    expect(ethics.seen.ethicsCase.state.reviews.map((r: Json) => r.reviewerId)).toEqual(['asof-rev-vera']);
    expect(ethics.seen.ethicsCase.state.assignments.map((a: Json) => [a.reviewerId, a.declaration.conflict])).toEqual([['asof-rev-vera', false]]);
    expect(ethics.seen.application).toMatchObject({ entityType: 'application', id: applicationId, state: { status: moments[1].intake.status } });

    const awarded = await findOne(`allocation-application-${applicationId}`, 'ApplicationAwarded');
    const award = (await platform.http.get(`/api/audit/decisions/${awarded.eventId}`).set(auth(auditor)).expect(200)).body;
    expect(award).toMatchObject({ kind: 'allocation-award', event: { type: 'ApplicationAwarded', service: 'allocation' } });
    expect(award.seen.allocationApplication.state).toMatchObject({ status: 'registered', allocationId: null, ethics: 'cleared', technical: { outcome: 'accepted' }, request: { system: 'vega', partition: 'gpu' } });
    expect(award.seen.capacity).toMatchObject({ entityType: 'capacity-ledger', id: 'vega.gpu', state: { reserved: expect.any(Object) } });
    expect(award.seen.application).toMatchObject({ id: applicationId });

    // Another event is not a decision; an unknown id is 404; a malformed one 400 naming it.
    const opened = await findOne(`ethics-case-${applicationId}`, 'EthicsCaseOpened');
    expect((await platform.http.get(`/api/audit/decisions/${opened.eventId}`).set(auth(auditor)).expect(404)).body.detail).toContain('not an ethics decision or an allocation award');
    await platform.http.get('/api/audit/decisions/00000000-0000-4000-8000-000000000000').set(auth(auditor)).expect(404);
    const bad = await platform.http.get('/api/audit/decisions/not-an-id').set(auth(auditor)).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'eventId' })]);
    for (const role of ['applicant', 'site', 'ethics-chair', 'allocation-committee']) {
      await platform.http.get(`/api/audit/decisions/${decided.eventId}`).set(auth(await platform.token(role, role === 'applicant' ? { organisationId } : {}))).expect(403);
    }
  });

  it('refuses applicants, sites and other staff; administrators read', async () => {
    const refused = [await platform.token('applicant', { organisationId }), await platform.token('site'), await platform.token('intake-officer'), await platform.token('ethics-chair'), await platform.token('allocation-committee')];
    for (const token of refused) await asOf('application', applicationId, moments[0].at, token).expect(403);
    await asOf('application', applicationId, moments[0].at, await platform.token('administrator')).expect(200);
  });
});
