import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';
import type { PlatformClient } from '../client/platform-client';
import { registerReviewer } from '../e2e/scenarios/review-and-capacity-steps';

const PATH = '/api/admin/rebuild/ethics-review/ethics-review.reviewers';

// Embedded mode rebuilds inside the running platform, which owns the data directory (ADR 31).
describe('rebuilding a read model through the running embedded platform', () => {
  let platform: PlatformHarness;
  let admin: PlatformClient;
  let chair: PlatformClient;

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await platform.as('administrator', { userId: 'rb-ada', organisationId: 'org-platform' });
    chair = await platform.as('ethics-chair', { userId: 'rb-chiara', organisationId: 'org-platform' });
    for (let i = 1; i <= 5; i++) await registerReviewer(chair, `rb-rev-${i}`, 'org-rb-university');
    await platform.settle();
  }, 120_000);
  afterAll(() => platform?.close());

  it('starts a rebuild for an administrator, whose progress a GET reads, and the reviewers read the same after it', async () => {
    const before = (await chair.get('/api/ethics/reviewers')).body;
    const started = await admin.post(PATH, undefined, { expect: [202] });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ service: 'ethics-review', projection: 'ethics-review.reviewers', state: 'running' });
    // Readers are answered meanwhile, from the old tables or, after the swap, the new.
    expect((await chair.get('/api/ethics/reviewers')).body).toEqual(before);
    let job = (await admin.get(PATH)).body as { state: string; progress: { done: number; total: number } | null };
    for (let i = 0; i < 100 && job.state === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = (await admin.get(PATH)).body as typeof job;
    }
    expect(job).toMatchObject({ state: 'done', progress: { phase: 'done' } });
    expect(job.progress?.done).toBeGreaterThanOrEqual(5);
    await registerReviewer(chair, 'rb-rev-6', 'org-rb-university');
    await platform.settle();
    const after = (await chair.get('/api/ethics/reviewers')).body as { items: { reviewerId: string }[] };
    expect(after.items.map((r) => r.reviewerId)).toEqual(expect.arrayContaining(['rb-rev-1', 'rb-rev-5', 'rb-rev-6']));
  });

  it('refuses a caller who is not an administrator', async () => {
    const auditor = await platform.as('auditor', { userId: 'rb-audrey', organisationId: 'org-platform' });
    expect((await auditor.post(PATH, undefined, { expect: [403] })).status).toBe(403);
    expect((await chair.get(PATH, { expect: [403] })).status).toBe(403);
  });

  it('answers a wrong projection with the valid ones, and one that cannot be rebuilt with why', async () => {
    const unknown = await admin.post('/api/admin/rebuild/ethics-review/reviewers', undefined, { expect: [404] });
    expect(JSON.stringify(unknown.body)).toContain('its projections: ethics-review.case-summaries, ethics-review.reviewers');
    const capacity = await admin.post('/api/admin/rebuild/allocation/allocation.capacity', undefined, { expect: [422] });
    expect(JSON.stringify(capacity.body)).toContain('cannot be rebuilt in a shadow schema');
  });
});
