import { organisationBody, proposalBody } from '@hpc-access/service-testing';
import { eventually } from '@hpc-access/testing';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked by value, as the platform's own scenarios do
export type Json = any;

/** One person's calls to the platform, with a bearer token from the test issuer. */
export class Caller {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async call(method: string, path: string, body?: unknown, options: { ifMatch?: string; expect?: number[] } = {}): Promise<{ status: number; body: Json; etag: string | null }> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (options.ifMatch) headers['if-match'] = options.ifMatch;
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as Json) : null;
    const ok = options.expect ? options.expect.includes(response.status) : response.ok;
    if (!ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 800)}`);
    return { status: response.status, body: parsed, etag: response.headers.get('etag') };
  }

  get = (path: string) => this.call('GET', path);
  post = (path: string, body?: unknown, options?: { ifMatch?: string; expect?: number[] }) => this.call('POST', path, body ?? {}, options);
  put = (path: string, body: unknown) => this.call('PUT', path, body);
}

export type SignToken = (claims: { sub: string; roles: string[]; org?: string; site?: string }) => Promise<string>;

export interface People {
  applicant: Caller;
  intake: Caller;
  chair: Caller;
  reviewer: Caller;
  reviewerId: string;
  assessor: Caller;
  committee: Caller;
  auditor: Caller;
  accounting: Caller;
}

/** The programme's people for one story, each with a token the issuer signed. */
export async function peopleOf(baseUrl: string, sign: SignToken, organisationId: string, siteId: string): Promise<People> {
  const as = async (role: string, sub: string, extra: { org?: string; site?: string } = {}) => new Caller(baseUrl, await sign({ sub, roles: [role], ...extra }));
  const office = { org: 'org-programme-office' };
  const reviewerId = 'rita-agent';
  return {
    applicant: await as('applicant', 'rep-agent', { org: organisationId }),
    intake: await as('intake-officer', 'ines-agent', office),
    chair: await as('ethics-chair', 'chiara-agent', office),
    reviewer: await as('ethics-reviewer', reviewerId, { org: 'org-ethics-board' }),
    reviewerId,
    assessor: await as('technical-assessor', 'tomas-agent', { ...office, site: siteId }),
    committee: await as('allocation-committee', 'carla-agent', office),
    auditor: await as('auditor', 'aurel-agent', office),
    accounting: await as('accounting-officer', 'anton-agent', office),
  };
}

/**
 * An organisation registered and pledged, its Playground application screened, assessed, cleared
 * and awarded on `system`/`partition`: the allocation waits for its project account at the site.
 */
export async function awardedAllocation(people: People, organisationId: string, proposal: { system: string; partition: string; gpuHours: number }): Promise<{ allocationId: string; projectId: string }> {
  const wait = <T>(probe: () => Promise<T>) => eventually(probe, { timeoutMs: 20_000, intervalMs: 100 });
  await people.applicant.post('/api/organisations', organisationBody({ organisationId, legalName: 'Slurm Agent Testers Oy', country: 'FI', registrationNumber: 'FI2345678-9' }));
  const versions = await people.applicant.get('/api/governance/pledge-versions');
  await wait(() => people.applicant.post(`/api/governance/organisations/${organisationId}/signatures`, { pledgeVersion: Number(versions.body.currentVersion), optionalCommitments: ['human-oversight'] }));
  await wait(async () => {
    const org = await people.applicant.get(`/api/organisations/${organisationId}`);
    if (!org.body.pledge) throw new Error('pledge not yet seen by intake');
  });
  const today = new Date().toISOString().slice(0, 10);
  const drafted = await people.applicant.post('/api/applications', {
    organisationId,
    proposal: proposalBody({ title: 'Slurm site agent end to end', mode: 'playground', durationMonths: 1, startDate: today, monthlyUsagePlan: [proposal.gpuHours], ...proposal }),
  });
  const applicationId = drafted.body.applicationId as string;
  await people.applicant.post(`/api/applications/${applicationId}/submit`);
  await people.intake.post(`/api/applications/${applicationId}/screening/start`);
  await people.intake.post(`/api/applications/${applicationId}/screening`, { decision: 'eligible', note: 'All rules pass.' });

  const record = await wait(async () => {
    const answer = await people.assessor.get(`/api/allocation/applications/${applicationId}`);
    if (!answer.etag) throw new Error('application not yet held in allocation');
    return answer;
  });
  await people.assessor.post(`/api/allocation/applications/${applicationId}/technical-assessment`, { outcome: 'accepted', remarks: 'Runs on the test bed.' }, { ifMatch: record.etag ?? undefined });
  await people.chair.post('/api/ethics/reviewers', { reviewerId: people.reviewerId, organisationId: 'org-ethics-board', expertise: ['data-protection'] });
  await wait(() => people.chair.post(`/api/ethics/cases/${applicationId}/assignments`, { reviewerId: people.reviewerId }));
  await people.reviewer.post(`/api/ethics/cases/${applicationId}/declarations`, { conflict: false, statement: 'No ties with the applicant.' });
  const principles = ['humanAgency', 'privacyAndDataGovernance', 'fairness', 'wellbeing', 'transparency', 'accountabilityAndOversight'];
  await people.reviewer.post(`/api/ethics/cases/${applicationId}/reviews`, { ratings: principles.map((principle) => ({ principle, rating: 'no-issue', comment: 'Adequately addressed.' })) });
  await people.chair.post(`/api/ethics/cases/${applicationId}/decision`, { outcome: 'cleared' });

  return wait(async () => {
    const list = await people.committee.get(`/api/allocation/allocations?organisationId=${organisationId}`);
    const item = (list.body.items as Json[]).find((entry) => entry.applicationId === applicationId);
    if (!item) throw new Error('no allocation yet');
    const detail = await people.committee.get(`/api/allocation/allocations/${item.allocationId}`);
    return { allocationId: item.allocationId as string, projectId: detail.body.projectId as string };
  });
}
