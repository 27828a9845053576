import { PlatformClient, type Json } from '../../client/platform-client';
import { DEMO_ORGANISATIONS, organisationRequest, proposalRequest, type DemoOrganisationKey, type ProposalInput } from '../../demo/demo-data';
import { REVIEWERS } from '../../demo/demo-reviewers';

/**
 * What the allocation, site and accounting browser tests arrange through the API, as the people
 * of the programme would (the steps of services/platform/src/demo/seed-demo.ts, only those a test
 * needs: the whole demo takes minutes on CI's two cores).
 */
export interface Programme {
  as(role: string, userId: string, organisationId?: string, siteId?: string): Promise<PlatformClient>;
  committee: PlatformClient;
  hostOf(system: string): string;
  /** A demo organisation registered with its pledge signed (once per organisation). */
  organisation(key: DemoOrganisationKey): Promise<void>;
  /** Submitted and screened eligible; resolves once allocation registered it. */
  registered(organisation: DemoOrganisationKey, proposal: ProposalInput): Promise<string>;
  /** Technically accepted and ethics cleared (one reviewer a Playground or Fast Lane, two a Large Scale). */
  cleared(id: string, system: string, reviewers: number): Promise<void>;
  /** Continuous mode: registered, cleared, awarded; resolves with the allocation id. */
  awarded(organisation: DemoOrganisationKey, proposal: ProposalInput): Promise<string>;
  until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T>;
}

export async function arrangeProgramme(baseUrl: string): Promise<Programme> {
  const as = (role: string, userId: string, organisationId?: string, siteId?: string) => PlatformClient.as(baseUrl, role, { userId, ...(organisationId ? { organisationId } : {}), ...(siteId ? { siteId } : {}) });
  const officer = await as('intake-officer', 'officer-eva-lindqvist', 'eurohpc-ju');
  const committee = await as('allocation-committee', 'committee-jean-dupont', 'eurohpc-ju');
  const chair = await as('ethics-chair', 'chair-helena-berg', 'eurohpc-ethics-board');
  const governance = await as('governance-officer', 'governance-maria-santos', 'eurohpc-ju');
  const { body: configuration } = await committee.get<{ sites: Array<{ id: string; systems: string[] }> }>('/api/allocation/configuration');
  const hostOf = (system: string) => configuration.sites.find((s) => s.systems.includes(system))?.id as string;
  const principles: string[] = (await chair.get('/api/ethics/configuration')).body.principles;
  for (const r of REVIEWERS) await chair.post('/api/ethics/reviewers', r);
  const signed = new Set<string>();

  async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    for (let i = 0; i < 300; i++) {
      const value = await read();
      if (done(value)) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  async function organisation(key: DemoOrganisationKey): Promise<void> {
    const o = DEMO_ORGANISATIONS[key];
    if (signed.has(o.organisationId)) return;
    const applicant = await as('applicant', o.representative.userId, o.organisationId);
    await applicant.post('/api/organisations', organisationRequest(o));
    await until(`governance to know ${o.organisationId}`, () => governance.get(`/api/governance/organisations/${o.organisationId}`, { expect: [404] }), (r) => r.status === 200);
    const versions = await applicant.get('/api/governance/pledge-versions');
    await applicant.post(`/api/governance/organisations/${o.organisationId}/signatures`, { pledgeVersion: versions.body.currentVersion, optionalCommitments: [] });
    await until(`intake to record the pledge of ${o.organisationId}`, () => officer.get(`/api/organisations/${o.organisationId}`), (r) => r.body.pledge !== null);
    signed.add(o.organisationId);
  }

  async function registered(key: DemoOrganisationKey, proposal: ProposalInput): Promise<string> {
    await organisation(key);
    const o = DEMO_ORGANISATIONS[key];
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

  async function cleared(id: string, system: string, reviewers: number): Promise<void> {
    const assessor = await as('technical-assessor', `assessor-${system}`, `site-${hostOf(system)}`, hostOf(system));
    await assessor.post(`/api/allocation/applications/${id}/technical-assessment`, { outcome: 'accepted' });
    for (const r of REVIEWERS.slice(0, reviewers)) {
      await chair.post(`/api/ethics/cases/${id}/assignments`, { reviewerId: r.reviewerId });
      const reviewer = await as('ethics-reviewer', r.reviewerId, r.organisationId);
      await reviewer.post(`/api/ethics/cases/${id}/declarations`, { conflict: false, statement: 'No link with the applicant.' });
      await reviewer.post(`/api/ethics/cases/${id}/reviews`, { ratings: principles.map((principle) => ({ principle, rating: 'no-issue', comment: `Addressed (${principle}).` })) });
    }
    await chair.post(`/api/ethics/cases/${id}/decision`, { outcome: 'cleared' });
    await until(`ethics clearance of ${id} in allocation`, () => committee.get(`/api/allocation/applications/${id}`), (r) => (r.body as Json).ethics === 'cleared');
  }

  async function awarded(key: DemoOrganisationKey, proposal: ProposalInput): Promise<string> {
    const id = await registered(key, proposal);
    await cleared(id, proposal.system, 1);
    const application = await until(`award of ${id}`, () => committee.get(`/api/allocation/applications/${id}`), (r) => typeof (r.body as Json).allocationId === 'string');
    const allocationId: string = (application.body as Json).allocationId;
    await until(`allocation ${allocationId}`, () => committee.get(`/api/allocation/allocations/${allocationId}`, { expect: [404] }), (r) => r.status === 200);
    return allocationId;
  }

  return { as, committee, hostOf, organisation, registered, cleared, awarded, until };
}
