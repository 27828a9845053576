import { PlatformClient, type Json } from '../../platform/src/client/platform-client';
import { DEMO_ORGANISATIONS, proposalRequest, type DemoOrganisationKey, type ProposalInput } from '../../platform/src/demo/demo-data';
import { REVIEWERS } from '../../platform/src/demo/demo-reviewers';
import { seedDemo, type SeedDemoResult } from '../../platform/src/demo/seed-demo';

/**
 * The programme the allocation, site and accounting browser tests work on: the demo (seeded
 * through the API as `npm start -- --demo` does, without its past) plus what a test adds through
 * the same API: applications taken as far as the committee's board or the site's desk.
 */
export interface Programme {
  seeded: SeedDemoResult;
  as(role: string, userId: string, organisationId?: string, siteId?: string): Promise<PlatformClient>;
  /** Submits an application of a demo organisation and screens it eligible; resolves once allocation registered it. */
  registered(organisation: DemoOrganisationKey, proposal: ProposalInput): Promise<string>;
  /** Then: technically accepted, ethics cleared by two reviewers, scored by the committee (Large Scale). */
  readyForCutOff(id: string, system: string, scores: { excellence: number; innovationAndImpact: number; implementation: number }): Promise<void>;
  until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T>;
}

export async function arrangeProgramme(baseUrl: string): Promise<Programme> {
  const seeded = await seedDemo({ baseUrl, now: () => new Date(), log: () => undefined });
  const as = (role: string, userId: string, organisationId?: string, siteId?: string) => PlatformClient.as(baseUrl, role, { userId, ...(organisationId ? { organisationId } : {}), ...(siteId ? { siteId } : {}) });
  const officer = await as('intake-officer', 'officer-eva-lindqvist', 'eurohpc-ju');
  const committee = await as('allocation-committee', 'committee-jean-dupont', 'eurohpc-ju');
  const chair = await as('ethics-chair', 'chair-helena-berg', 'eurohpc-ethics-board');
  const { body: configuration } = await committee.get<{ sites: Array<{ id: string; systems: string[] }> }>('/api/allocation/configuration');
  const hostOf = (system: string) => configuration.sites.find((s) => s.systems.includes(system))?.id as string;
  const principles: string[] = (await chair.get('/api/ethics/configuration')).body.principles;

  async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    for (let i = 0; i < 300; i++) {
      const value = await read();
      if (done(value)) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  async function registered(organisation: DemoOrganisationKey, proposal: ProposalInput): Promise<string> {
    const o = DEMO_ORGANISATIONS[organisation];
    const applicant = await as('applicant', o.representative.userId, o.organisationId);
    const draft = await applicant.post('/api/applications', { organisationId: o.organisationId, proposal: proposalRequest(proposal) });
    const id: string = draft.body.applicationId;
    await applicant.post(`/api/applications/${id}/submit`);
    await officer.post(`/api/applications/${id}/screening/start`);
    await officer.post(`/api/applications/${id}/screening`, { decision: 'eligible', note: 'Checks passed.' });
    await until(`${id} registered in allocation`, () => committee.get(`/api/allocation/applications/${id}`, { expect: [404] }), (r) => r.status === 200 && (r.body as Json).status !== 'submitted');
    await until(`ethics case of ${id}`, () => chair.get(`/api/ethics/cases/${id}`, { expect: [404] }), (r) => r.status === 200);
    return id;
  }

  async function readyForCutOff(id: string, system: string, scores: { excellence: number; innovationAndImpact: number; implementation: number }): Promise<void> {
    const assessor = await as('technical-assessor', `assessor-${system}`, `site-${hostOf(system)}`, hostOf(system));
    await assessor.post(`/api/allocation/applications/${id}/technical-assessment`, { outcome: 'accepted' });
    for (const r of REVIEWERS.slice(0, 2)) {
      await chair.post(`/api/ethics/cases/${id}/assignments`, { reviewerId: r.reviewerId });
      const reviewer = await as('ethics-reviewer', r.reviewerId, r.organisationId);
      await reviewer.post(`/api/ethics/cases/${id}/declarations`, { conflict: false, statement: 'No link with the applicant.' });
      await reviewer.post(`/api/ethics/cases/${id}/reviews`, { ratings: principles.map((principle) => ({ principle, rating: 'no-issue', comment: `Addressed (${principle}).` })) });
    }
    await chair.post(`/api/ethics/cases/${id}/decision`, { outcome: 'cleared' });
    await until(`ethics clearance of ${id} in allocation`, () => committee.get(`/api/allocation/applications/${id}`), (r) => (r.body as Json).ethics === 'cleared');
    await committee.post(`/api/allocation/applications/${id}/scores`, scores);
    await until(`score of ${id} in the list`, () => committee.get(`/api/allocation/applications?mode=large-scale&status=awaiting-cut-off&pageSize=100`), (r) => (r.body as Json).items.some((a: Json) => a.applicationId === id && a.weightedScore !== null));
  }

  return { seeded, as, registered, readyForCutOff, until };
}
