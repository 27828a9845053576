import { AllocationEvents, topicFor } from '@hpc-access/contracts';
import { startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { accountingHarness, activation, jobRecord, lumiSiteToken, publishHostingSites, SACCT_HEADER, sacctLine } from '../testing-only/accounting-fixtures';

// Usage in, over HTTP: JSON records and sacct files, each job counted once, bad input refused.
describe('accounting takes job records in', () => {
  let svc: ServiceHarness;
  let site: string;
  let officer: string;
  const account = 'EHPC-AIF-2026PG01-1147';

  const postJson = (body: unknown, token = site) => svc.http.post('/api/accounting/usage').set('Authorization', `Bearer ${token}`).send(body as object);
  const postSacct = (text: string, system = 'lumi', token = site) =>
    svc.http.post(`/api/accounting/usage/sacct?system=${system}`).set('Authorization', `Bearer ${token}`).set('Content-Type', 'text/plain').send(text);
  const allocation = async (id = 'alloc-1') => (await svc.http.get(`/api/accounting/allocations/${id}`).set('Authorization', `Bearer ${officer}`).expect(200)).body;
  const importsTotal = async () => (await svc.http.get('/api/accounting/imports').set('Authorization', `Bearer ${officer}`).expect(200)).body.total as number;
  const totalsPublished = () => svc.published(topicFor('accounting')).filter((e) => e.type === 'hpc-access.accounting.AllocationUsageTotals.v1');

  beforeAll(async () => {
    svc = await startServiceHarness(accountingHarness);
    await publishHostingSites(svc);
    site = await lumiSiteToken(svc);
    officer = await svc.token('accounting-officer', { userId: 'officer-1' });
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-1', activation());
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-s', activation({ allocationId: 'alloc-s', projectId: 'EHPC-AIF-2026PG01-2001' }));
    await svc.publish(AllocationEvents.AllocationSuspended, 'alloc-s', { allocationId: 'alloc-s', organisationId: 'org-a', reason: 'pledge breach', suspendedAt: svc.clock.now().toISOString() });
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-c', activation({ allocationId: 'alloc-c', projectId: 'EHPC-AIF-2026PG01-2002' }));
    await svc.publish(AllocationEvents.AllocationClosed, 'alloc-c', { allocationId: 'alloc-c', organisationId: 'org-a', closedAt: svc.clock.now().toISOString(), finalReportDue: '2027-05-01' });
    await svc.settle();
  });
  afterAll(() => svc.close());

  describe('as JSON (POST /api/accounting/usage)', () => {
    it('charges new records to their allocation and reports what became of each', async () => {
      const response = await postJson({ records: [jobRecord('100'), jobRecord('101', { elapsedRaw: 1800, consumedEnergyRaw: 0 })] }).expect(201);
      expect(response.body).toEqual({
        importId: expect.any(String), source: 'json', system: 'lumi', receivedAt: '2026-11-02T09:00:00.000Z',
        accepted: 2, duplicates: 0, flagged: 0, flaggedRecords: [], rejected: [], stepsIgnored: 0,
        charged: [{ allocationId: 'alloc-1', jobs: 2, gpuHours: 42 }],
      });
      expect(response.headers.location).toBe(`/api/accounting/imports/${response.body.importId}`);
      await svc.settle();
      const account1 = await allocation();
      expect(account1).toMatchObject({ chargedGpuHours: 42, balanceGpuHours: 4958, energyKwh: 10, jobs: 2, revision: 1, monthlyBurn: [{ month: '2026-11', gpuHours: 42, quotaGpuHours: 1667 }] });
      expect(account1.estimatedTrainingFlop).toBeCloseTo(42 * 3600 * 383e12 * 0.4, -6);
      expect(totalsPublished().at(-1)).toMatchObject({ subject: 'alloc-1', data: { allocationId: 'alloc-1', organisationId: 'org-a', projectId: account, chargedGpuHours: 42, energyKwh: 10 } });
      const records = await svc.http.get('/api/accounting/allocations/alloc-1/job-records').set('Authorization', `Bearer ${officer}`).expect(200);
      expect(records.body.total).toBe(2);
      expect(records.body.items.map((r: { jobId: string; gpus: number; gpuHours: number; status: string }) => [r.jobId, r.gpus, r.gpuHours, r.status])).toEqual([['101', 4, 2, 'charged'], ['100', 4, 40, 'charged']]);
    });

    it('counts a re-sent identical record once: a duplicate, nothing changes', async () => {
      const before = totalsPublished().length;
      const response = await postJson({ records: [jobRecord('100')] }).expect(201);
      expect(response.body).toMatchObject({ accepted: 0, duplicates: 1, flagged: 0, charged: [] });
      await svc.settle();
      expect(await allocation()).toMatchObject({ chargedGpuHours: 42, revision: 1 });
      expect(totalsPublished()).toHaveLength(before);
    });

    it('keeps a re-sent record with other figures as a flagged conflict, never charged twice', async () => {
      const response = await postJson({ records: [jobRecord('100', { elapsedRaw: 72000 })] }).expect(201);
      expect(response.body).toMatchObject({ accepted: 0, duplicates: 0, flagged: 1, flaggedRecords: [{ system: 'lumi', jobId: '100', reason: 'conflicting-resend' }] });
      await svc.settle();
      expect(await allocation()).toMatchObject({ chargedGpuHours: 42, revision: 1 });
      const conflicts = await svc.http.get('/api/accounting/record-conflicts?system=lumi').set('Authorization', `Bearer ${officer}`).expect(200);
      expect(conflicts.body.total).toBe(1);
      expect(conflicts.body.items[0]).toMatchObject({ system: 'lumi', jobId: '100', resent: { elapsedSeconds: 72000 } });
    });

    it('keeps records of an unknown, suspended or closed allocation, or of an unbilled partition, flagged and not charged', async () => {
      const response = await postJson({
        records: [
          jobRecord('200', { account: 'EHPC-AIF-2026PG01-9999' }),
          jobRecord('201', { account: 'EHPC-AIF-2026PG01-2001' }),
          jobRecord('202', { account: 'EHPC-AIF-2026PG01-2002' }),
          jobRecord('203', { partition: 'lumi-c' }),
        ],
      }).expect(201);
      expect(response.body).toMatchObject({
        accepted: 0, flagged: 4, charged: [],
        flaggedRecords: [
          { jobId: '203', reason: 'no-billing-rule' },
          { jobId: '200', reason: 'unknown-allocation' },
          { jobId: '201', reason: 'allocation-suspended' },
          { jobId: '202', reason: 'allocation-closed' },
        ].sort((a, b) => a.jobId.localeCompare(b.jobId)).map((r) => ({ system: 'lumi', ...r })),
      });
      const unassigned = await svc.http.get('/api/accounting/unassigned-records').set('Authorization', `Bearer ${officer}`).expect(200);
      expect(unassigned.body.items.map((r: { jobId: string; reason: string; allocationId: string | null }) => [r.jobId, r.reason, r.allocationId]).sort()).toEqual([
        ['200', 'unknown-allocation', null], ['201', 'allocation-suspended', 'alloc-s'], ['202', 'allocation-closed', 'alloc-c'], ['203', 'no-billing-rule', 'alloc-1'],
      ]);
      expect((await svc.http.get('/api/accounting/unassigned-records').set('Authorization', `Bearer ${site}`)).status).toBe(403);
      expect((await svc.http.get('/api/accounting/record-conflicts').set('Authorization', `Bearer ${site}`)).status).toBe(403);
      expect((await svc.http.get('/api/accounting/unassigned-records')).status).toBe(401);
      const suspendedOnly = await svc.http.get('/api/accounting/unassigned-records?reason=allocation-suspended').set('Authorization', `Bearer ${officer}`).expect(200);
      expect(suspendedOnly.body.items.map((r: { jobId: string }) => r.jobId)).toEqual(['201']);
      expect(await allocation('alloc-s')).toMatchObject({ status: 'suspended', chargedGpuHours: 0 });
    });

    it('refuses invalid records with the field and reason, recording nothing', async () => {
      const before = await importsTotal();
      const response = await postJson({ records: [jobRecord('300'), jobRecord('301', { elapsedRaw: -5 })] }).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors).toEqual([{ field: 'records.1.elapsedRaw', reason: 'elapsedRaw must not be less than 0' }]);
      const step = await postJson({ records: [jobRecord('300.batch')] }).expect(400);
      expect(step.body.errors).toEqual([{ field: 'records.0.jobId', reason: 'jobId must be a job allocation id such as 1234, 1234_7 or 1234+0 (no steps)' }]);
      const unknownField = await postJson({ records: [jobRecord('300', { cost: 3 })] }).expect(400);
      expect(unknownField.body.errors).toEqual([{ field: 'records.0.cost', reason: 'property cost should not exist' }]);
      expect(await importsTotal()).toBe(before);
      expect(await allocation()).toMatchObject({ chargedGpuHours: 42, revision: 1 });
    });

    it('is for sites, and officers naming the site (400 without), only (403), and needs a token (401)', async () => {
      const applicant = await svc.token('applicant', { organisationId: 'org-a' });
      const forbidden = await postJson({ records: [jobRecord('400')] }, applicant).expect(403);
      expect(forbidden.headers['content-type']).toMatch(/^application\/problem\+json/);
      const unnamed = await postJson({ records: [jobRecord('400')] }, await svc.token('accounting-officer')).expect(400);
      expect(unnamed.body.errors).toEqual([{ field: 'siteId', reason: "required when an accounting officer uploads usage on a site's behalf" }]);
      await svc.http.post('/api/accounting/usage').send({ records: [jobRecord('400')] }).expect(401);
    });

    it('answers a repeated Idempotency-Key with the first report, and refuses the key for another body', async () => {
      const before = await importsTotal();
      const first = await postJson({ records: [jobRecord('500')] }).set('Idempotency-Key', 'usage-500').expect(201);
      const again = await svc.http.post('/api/accounting/usage').set('Authorization', `Bearer ${site}`).set('Idempotency-Key', 'usage-500').send({ records: [jobRecord('500')] }).expect(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.headers.location).toBe(first.headers.location);
      expect(again.body).toEqual(first.body);
      expect(await importsTotal()).toBe(before + 1);
      const other = await svc.http.post('/api/accounting/usage').set('Authorization', `Bearer ${site}`).set('Idempotency-Key', 'usage-500').send({ records: [jobRecord('501')] }).expect(422);
      expect(other.body.errors).toEqual([{ field: 'Idempotency-Key', reason: 'already used for a different request' }]);
    });
  });

  describe('as a sacct file (POST /api/accounting/usage/sacct)', () => {
    it('takes the good lines, ignores job steps, and lists bad lines with their number and reason', async () => {
      const text = [
        SACCT_HEADER,
        sacctLine('600', account, 2),
        '600.batch|' + account + '|lumi-g|2026-11-02T10:00:00|2026-11-02T12:00:00|7200|COMPLETED|cpu=1,node=1|0',
        sacctLine('601', account, 1, 2),
        '602|' + account + '|lumi-g|2026-11-02T10:00:00|Unknown|7200|RUNNING|node=1|0',
        '603|broken',
      ].join('\n');
      const response = await postSacct(text).expect(201);
      expect(response.body).toEqual({
        importId: expect.any(String), source: 'sacct', system: 'lumi', receivedAt: '2026-11-02T09:00:00.000Z',
        accepted: 2, duplicates: 0, flagged: 0, flaggedRecords: [], stepsIgnored: 1,
        rejected: [{ line: 5, reason: 'the job has not ended (End is Unknown)' }, { line: 6, reason: 'expected 9 fields, found 2' }],
        charged: [{ allocationId: 'alloc-1', jobs: 2, gpuHours: 16 }],
      });
      const detail = await svc.http.get(`/api/accounting/imports/${response.body.importId}`).set('Authorization', `Bearer ${officer}`).expect(200);
      expect(detail.body).toEqual({ ...response.body, submittedBy: 'site-lumi', siteId: 'csc', onBehalfOfSite: false });
      const again = await postSacct([SACCT_HEADER, sacctLine('600', account, 2)].join('\n')).expect(201);
      expect(again.body).toMatchObject({ accepted: 0, duplicates: 1 });
    });

    it('answers 422 naming every line when nothing can be read, and records nothing', async () => {
      const before = await importsTotal();
      const response = await postSacct([SACCT_HEADER, '700|x', '701.batch|x'].join('\n')).expect(422);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 422, code: 'nothing-parseable', errors: [{ field: 'line 2', reason: 'expected 9 fields, found 2' }] });
      const header = await postSacct('JobID|Account\n1|x').expect(422);
      expect(header.body).toMatchObject({ code: 'sacct-unreadable', errors: [{ field: 'line 1', reason: 'the header line lacks Partition, Start, End, ElapsedRaw, State, AllocTRES, ConsumedEnergyRaw' }] });
      expect(await importsTotal()).toBe(before);
    });

    it('refuses a missing system (400), a body that is not text/plain (415), other roles (403) and no token (401)', async () => {
      const noSystem = await svc.http.post('/api/accounting/usage/sacct').set('Authorization', `Bearer ${site}`).set('Content-Type', 'text/plain').send(SACCT_HEADER).expect(400);
      expect(noSystem.body.errors).toEqual([{ field: 'system', reason: 'system must be 1 to 64 lower-case letters, digits, _ or -' }]);
      const json = await svc.http.post('/api/accounting/usage/sacct?system=lumi').set('Authorization', `Bearer ${site}`).send({ text: SACCT_HEADER }).expect(415);
      expect(json.body.errors).toEqual([{ field: 'Content-Type', reason: 'must be text/plain' }]);
      await postSacct(SACCT_HEADER, 'lumi', await svc.token('auditor')).expect(403);
      await svc.http.post('/api/accounting/usage/sacct?system=lumi').set('Content-Type', 'text/plain').send(SACCT_HEADER).expect(401);
    });

    it('replays a repeated Idempotency-Key for the same file and refuses it for another', async () => {
      const text = [SACCT_HEADER, sacctLine('800', account, 1)].join('\n');
      const first = await postSacct(text).set('Idempotency-Key', 'sacct-800').expect(201);
      const again = await postSacct(text).set('Idempotency-Key', 'sacct-800').expect(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      await postSacct([SACCT_HEADER, sacctLine('801', account, 1)].join('\n')).set('Idempotency-Key', 'sacct-800').expect(422);
    });
  });

  describe('lists imports', () => {
    it('newest first, filtered and paginated, for staff and sites but not applicants', async () => {
      const page = await svc.http.get('/api/accounting/imports?source=sacct&pageSize=2').set('Authorization', `Bearer ${officer}`).expect(200);
      expect(page.body).toMatchObject({ page: 1, pageSize: 2, total: 3 });
      expect(page.body.items[0]).toMatchObject({ source: 'sacct', system: 'lumi', submittedBy: 'site-lumi', accepted: 1, duplicates: 0 });
      await svc.http.get('/api/accounting/imports').set('Authorization', `Bearer ${site}`).expect(200);
      await svc.http.get('/api/accounting/imports').set('Authorization', `Bearer ${await svc.token('applicant', { organisationId: 'org-a' })}`).expect(403);
      const bad = await svc.http.get('/api/accounting/imports?pageSize=0').set('Authorization', `Bearer ${officer}`).expect(400);
      expect(bad.body.errors).toEqual([{ field: 'pageSize', reason: 'pageSize must not be less than 1' }]);
      await svc.http.get('/api/accounting/imports/not-a-uuid').set('Authorization', `Bearer ${officer}`).expect(400);
      await svc.http.get('/api/accounting/imports/01a21fc7-f96e-73c3-8ab6-8064016c2ca3').set('Authorization', `Bearer ${officer}`).expect(404);
    });
  });

  describe('at scale', () => {
    it('charges a file of thousands of jobs as one event on the allocation, and a re-sent file as duplicates', async () => {
      const before = (await allocation()).revision as number;
      const lines = Array.from({ length: 4500 }, (_, i) => sacctLine(String(100_000 + i), account, 0.1));
      const text = [SACCT_HEADER, ...lines].join('\n');
      const first = await postSacct(text).expect(201);
      expect(first.body).toMatchObject({ accepted: 4500, duplicates: 0, flagged: 0, charged: [{ allocationId: 'alloc-1', jobs: 4500, gpuHours: 1800 }] });
      const again = await postSacct(text).expect(201);
      expect(again.body).toMatchObject({ accepted: 0, duplicates: 4500, flagged: 0, charged: [] });
      await svc.settle();
      const after = await allocation();
      expect(after.revision).toBe(before + 1);
      expect(after.thresholdsReached).toEqual([]);
      const history = await svc.http.get('/api/accounting/allocations/alloc-1/history').set('Authorization', `Bearer ${officer}`).expect(200);
      expect(history.body.events.at(-1)).toMatchObject({ type: 'UsageBatchCharged', data: { gpuHours: 1800 } });
      expect(history.body.events.at(-1).data.jobIds).toHaveLength(4500);
    });
  });

  describe('re-assesses flagged records (POST /api/accounting/unassigned-records/reassess)', () => {
    it('charges records whose allocation became known since, and leaves suspended, closed and unbilled ones flagged', async () => {
      await svc.publish(AllocationEvents.AllocationActivated, 'alloc-late', activation({ allocationId: 'alloc-late', projectId: 'EHPC-AIF-2026PG01-9999' }));
      await svc.settle();
      const response = await svc.http.post('/api/accounting/unassigned-records/reassess?system=lumi').set('Authorization', `Bearer ${officer}`).send({}).expect(201);
      expect(response.body).toMatchObject({
        // Suspended and closed allocations' records are not even looked at: that use is never charged.
        source: 'reassessment', system: 'lumi', accepted: 1, flagged: 1,
        charged: [{ allocationId: 'alloc-late', jobs: 1, gpuHours: 40 }],
        flaggedRecords: [{ system: 'lumi', jobId: '203', reason: 'no-billing-rule' }],
      });
      await svc.settle();
      expect(await allocation('alloc-late')).toMatchObject({ chargedGpuHours: 40, jobs: 1 });
      const records = await svc.http.get('/api/accounting/allocations/alloc-late/job-records').set('Authorization', `Bearer ${officer}`).expect(200);
      expect(records.body.items.map((r: { jobId: string; status: string; reason: string | null }) => [r.jobId, r.status, r.reason])).toEqual([['200', 'charged', null]]);
      const unassigned = await svc.http.get('/api/accounting/unassigned-records').set('Authorization', `Bearer ${officer}`).expect(200);
      expect(unassigned.body.items.map((r: { jobId: string }) => r.jobId).sort()).toEqual(['201', '202', '203']);
      const again = await svc.http.post('/api/accounting/unassigned-records/reassess').set('Authorization', `Bearer ${officer}`).send({}).expect(201);
      expect(again.body).toMatchObject({ accepted: 0, flagged: 1, charged: [] });
    });

    it('is for accounting officers and administrators only', async () => {
      await svc.http.post('/api/accounting/unassigned-records/reassess').set('Authorization', `Bearer ${site}`).send({}).expect(403);
      await svc.http.post('/api/accounting/unassigned-records/reassess').set('Authorization', `Bearer ${await svc.token('auditor')}`).send({}).expect(403);
      await svc.http.post('/api/accounting/unassigned-records/reassess').send({}).expect(401);
      const bad = await svc.http.post('/api/accounting/unassigned-records/reassess?system=LUMI!').set('Authorization', `Bearer ${officer}`).send({}).expect(400);
      expect(bad.body.errors).toEqual([{ field: 'system', reason: 'system must be a system id' }]);
    });
  });

  describe('times without a zone', () => {
      it("reads zone-less times in the site's zone (CSC: Helsinki) or the zone named, never the server's", async () => {
        const response = await postJson({ records: [jobRecord('150', { start: '2026-11-01T10:00:00', end: '2026-11-01T12:00:00', elapsedRaw: 60 })] }).expect(201);
        expect(response.body).toMatchObject({ accepted: 1 });
        const utc = await svc.http.post('/api/accounting/usage?timeZone=UTC').set('Authorization', `Bearer ${site}`).send({ records: [jobRecord('151', { start: '2026-11-01T10:00:00', end: '2026-11-01T12:00:00', elapsedRaw: 60 })] }).expect(201);
        expect(utc.body).toMatchObject({ accepted: 1 });
        const records = await svc.http.get('/api/accounting/allocations/alloc-1/job-records?pageSize=50').set('Authorization', `Bearer ${officer}`).expect(200);
        const times = Object.fromEntries(records.body.items.map((r: { jobId: string; start: string; end: string }) => [r.jobId, [r.start, r.end]]));
        expect(times['150']).toEqual(['2026-11-01T08:00:00.000Z', '2026-11-01T10:00:00.000Z']);
        expect(times['151']).toEqual(['2026-11-01T10:00:00.000Z', '2026-11-01T12:00:00.000Z']);
        const bad = await postJson({ records: [jobRecord('152', { end: '2026-W45-1' })] }).expect(400);
        expect(bad.body.errors).toEqual([{ field: 'records.0.end', reason: 'end must be a date and time such as 2026-11-02T12:00:00Z' }]);
      });
  });
});
