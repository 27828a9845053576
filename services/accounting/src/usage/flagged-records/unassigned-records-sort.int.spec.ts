import { startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { accountingHarness } from '../../testing-only/accounting-fixtures';

// sort=oldest|newest on the flagged records (ADR 36): by received_at, in SQL; without it the usual order (newest received first).
describe('GET /api/accounting/unassigned-records?sort', () => {
  let svc: ServiceHarness;
  let officer: string;
  // Received in the order 2, 3, 1: the job ids do not sort in the time order.
  const received = { 'job-1': '2026-03-03T10:00:00Z', 'job-2': '2026-03-01T10:00:00Z', 'job-3': '2026-03-02T10:00:00Z' };
  const jobs = async (query: string) => ((await svc.http.get(`/api/accounting/unassigned-records?${query}`).set('Authorization', `Bearer ${officer}`).expect(200)).body.items as Array<{ jobId: string }>).map((r) => r.jobId);

  beforeAll(async () => {
    svc = await startServiceHarness(accountingHarness);
    officer = await svc.token('accounting-officer', { userId: 'acc-sort' });
    // The ledger's rows as an import writes them (flagged: an unknown account), plus one charged row the list leaves out.
    for (const [jobId, at] of [...Object.entries(received), ['job-charged', '2026-03-01T09:00:00Z']]) {
      await svc.db.query(
        `INSERT INTO accounting.job_records (system, job_id, account, partition, started_at, ended_at, elapsed_seconds, state, alloc_tres, energy_joules, gpus, gpu_hours, energy_kwh, estimated_flop, status, reason, allocation_id, import_id, fingerprint, received_at)
         VALUES ('lumi', $1, 'EHPC-UNKNOWN', 'standard-g', $2, $2, 3600, 'COMPLETED', 'billing=8,gres/gpu=8,node=1', 0, 8, 8, 0, 0, $3, $4, NULL, '01900000-0000-7000-8000-0000000000aa', $1, $2)`,
        [jobId, at, jobId === 'job-charged' ? 'charged' : 'flagged', jobId === 'job-charged' ? null : 'unknown-allocation'],
      );
    }
  });
  afterAll(() => svc.close());

  it('gives the first received first with sort=oldest, the reverse with sort=newest and without', async () => {
    expect(await jobs('sort=oldest')).toEqual(['job-2', 'job-3', 'job-1']);
    expect(await jobs('sort=newest')).toEqual(['job-1', 'job-3', 'job-2']);
    expect(await jobs('')).toEqual(['job-1', 'job-3', 'job-2']);
    expect(await jobs('sort=oldest&system=lumi&page=2&pageSize=1')).toEqual(['job-3']);
  });

  it('answers another sort with a 400 problem naming sort', async () => {
    const bad = await svc.http.get('/api/accounting/unassigned-records?sort=OLDEST').set('Authorization', `Bearer ${officer}`).expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body.errors).toEqual([{ field: 'sort', reason: 'sort must be one of newest, oldest' }]);
  });

  it('still refuses a site and an applicant, sorted', async () => {
    await svc.http.get('/api/accounting/unassigned-records?sort=oldest').set('Authorization', `Bearer ${await svc.token('site', { userId: 'site-sort', siteId: 'csc' })}`).expect(403);
    await svc.http.get('/api/accounting/unassigned-records?sort=oldest').set('Authorization', `Bearer ${await svc.token('applicant', { userId: 'rep-sort', organisationId: 'org-sort' })}`).expect(403);
  });
});
