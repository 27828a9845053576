import { readFileSync } from 'node:fs';
import { AllocationEvents } from '@hpc-access/contracts';
import { findRepoFile } from '@hpc-access/sql';
import { startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { accountingHarness, activation, publishHostingSites } from '../testing-only/accounting-fixtures';

/** What a real Slurm printed (fixtures/README.md: the test bed, Slurm 22.05.8, 7 December 2026). */
const fixture = (name: string) => readFileSync(findRepoFile(`services/accounting/src/usage/fixtures/${name}`), 'utf8');
const UTC_FILE = fixture('sacct-utc.txt');
const HELSINKI_FILE = fixture('sacct-helsinki.txt');
/** The platform's project id; Slurm stores and prints it as ehpc-aif-2026fl01-0003. */
const PROJECT = 'EHPC-AIF-2026FL01-0003';
const LEGACY_PROJECT = 'EHPC-AIF-2026FL01-0004';
const { $comment: _comment, ...SEED } = JSON.parse(fixture('../../../../../infra/seed/accounting.json')) as Record<string, unknown> & { partitions: Array<Record<string, unknown>>; siteTimeZones: Array<{ siteId: string; timeZone: string }> };
const gpuHours = (gpuSeconds: number) => Math.round((gpuSeconds / 3600) * 1e6) / 1e6;

// Issue 18: real sacct output is charged as it comes (lower-cased accounts, local times, job
// states, accounts of the site's own naming), and an agent's batches carry its checkpoint.
describe('accounting charges what a real Slurm prints', () => {
  let svc: ServiceHarness;
  let cineca: string;
  let officer: string;

  const postSacct = (text: string, query: string, token = cineca) =>
    svc.http.post(`/api/accounting/usage/sacct?system=leonardo${query}`).set('Authorization', `Bearer ${token}`).set('Content-Type', 'text/plain').send(text);
  const allocation = async (id: string) => (await svc.http.get(`/api/accounting/allocations/${id}`).set('Authorization', `Bearer ${officer}`).expect(200)).body;
  const jobRecords = async (id: string) => (await svc.http.get(`/api/accounting/allocations/${id}/job-records?pageSize=50`).set('Authorization', `Bearer ${officer}`).expect(200)).body.items as Array<Record<string, unknown>>;
  const importsTotal = async () => (await svc.http.get('/api/accounting/imports').set('Authorization', `Bearer ${officer}`).expect(200)).body.total as number;
  const checkpoint = (siteId: string, token: string) => svc.http.get(`/api/accounting/sites/${siteId}/usage-checkpoint`).set('Authorization', `Bearer ${token}`);
  /**
   * Leonardo's Booster charges COMPLETED and TIMEOUT only (as some sites bill) and has the test bed's
   * node shape (8 GPUs, where the real Booster has 4: job 21 asked for 8 on one node, which accounting
   * would otherwise flag as impossible); its DCGP partition gets a rule when `dcgp`.
   */
  const configure = (siteTimeZones: Array<{ siteId: string; timeZone: string }>, dcgp = false) => {
    const partitions = SEED.partitions.map((p) => (p.system === 'leonardo' && p.partition === 'booster' ? { ...p, gpusPerNode: 8, chargedStates: ['COMPLETED', 'TIMEOUT'] } : p));
    if (dcgp) partitions.push({ system: 'leonardo', partition: 'dcgp', billing: 'gres', gpusPerNode: 4, peakFlopsPerGpu: 312e12 });
    return svc.http.put('/api/accounting/configuration').set('Authorization', `Bearer ${officer}`).send({ ...SEED, partitions, siteTimeZones }).expect(200);
  };
  const zonesWith = (siteId: string, timeZone: string | null) => [...SEED.siteTimeZones.filter((z) => z.siteId !== siteId), ...(timeZone ? [{ siteId, timeZone }] : [])];

  beforeAll(async () => {
    // The clock stands the day after the test bed ran the jobs: records ending after the receiving
    // time are flagged as in the future, not charged.
    svc = await startServiceHarness({ ...accountingHarness, start: new Date('2026-12-08T09:00:00Z') });
    await publishHostingSites(svc);
    const leonardo = { system: 'leonardo', partition: 'booster', mode: 'fast-lane' as const, gpuHours: 10000, monthlyQuotaGpuHours: 3334, start: '2026-12-01', end: '2027-02-28', activatedAt: '2026-12-01T08:00:00Z' };
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-fl', activation({ ...leonardo, allocationId: 'alloc-fl', projectId: PROJECT }));
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-legacy', activation({ ...leonardo, allocationId: 'alloc-legacy', organisationId: 'org-b', projectId: LEGACY_PROJECT }));
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-lumi', activation({ allocationId: 'alloc-lumi' }));
    await svc.settle();
    cineca = await svc.token('site', { userId: 'agent-cineca', siteId: 'cineca' });
    officer = await svc.token('accounting-officer', { userId: 'officer-1' });
    await configure(SEED.siteTimeZones);
  });
  afterAll(() => svc.close());

  it("charges the jobs of a project Slurm lower-cased, reads times the agent printed in UTC as UTC, and charges 0 for states the partition does not bill", async () => {
    const response = await postSacct(UTC_FILE, '&timeZone=UTC&checkpoint=2026-12-07T13:51:35|24').set('Idempotency-Key', 'cineca-batch-1').expect(201);
    // Booster jobs 15, 17 (FAILED), 18_1, 18_2, 21 (CANCELLED), 24 (TIMEOUT); GPU-seconds 3x2, 2x2, 2x2 and 82x2 charged.
    expect(response.body).toEqual({
      importId: expect.any(String), source: 'sacct', system: 'leonardo', receivedAt: expect.any(String),
      accepted: 6, duplicates: 0, flagged: 3, rejected: [], stepsIgnored: 0,
      flaggedRecords: [
        { system: 'leonardo', jobId: '16', reason: 'no-billing-rule' },
        { system: 'leonardo', jobId: '19', reason: 'unknown-allocation' },
        { system: 'leonardo', jobId: '20', reason: 'unknown-allocation' },
      ],
      charged: [{ allocationId: 'alloc-fl', jobs: 6, gpuHours: gpuHours(6 + 2 + 2 + 164) }],
      notCharged: [
        { system: 'leonardo', jobId: '17', state: 'FAILED', reason: 'state-not-charged' },
        { system: 'leonardo', jobId: '21', state: 'CANCELLED by 0', reason: 'state-not-charged' },
      ],
      checkpoint: '2026-12-07T13:51:35|24',
    });
    await svc.settle();
    const account = await allocation('alloc-fl');
    expect(account).toMatchObject({ chargedGpuHours: gpuHours(174), jobs: 6, monthlyBurn: [{ month: '2026-12' }] });
    // The monthly burn adds each job's rounded figure: a few millionths apart at these tiny jobs.
    expect(account.monthlyBurn[0].gpuHours).toBeCloseTo(174 / 3600, 5);
    const records = Object.fromEntries((await jobRecords('alloc-fl')).map((r) => [r.jobId, r]));
    expect(records['15']).toMatchObject({ account: 'ehpc-aif-2026fl01-0003', start: '2026-12-07T13:50:10.000Z', end: '2026-12-07T13:50:13.000Z', gpus: 2, status: 'charged', reason: null });
    expect(records['21']).toMatchObject({ state: 'CANCELLED by 0', gpus: 8, gpuHours: 0, status: 'charged', reason: 'state-not-charged' });
    expect(records['24']).toMatchObject({ state: 'TIMEOUT', gpuHours: 164 / 3600, reason: null });
  });

  it('reads the same jobs printed in Helsinki time in the zone named, or in the site\'s zone, as the same instants: duplicates', async () => {
    const named = await postSacct(HELSINKI_FILE, '&timeZone=Europe/Helsinki').expect(201);
    expect(named.body).toMatchObject({ accepted: 0, duplicates: 9, flagged: 0, charged: [] });
    // The site's configured zone is the one its sacct prints in (this capture ran with TZ=Europe/Helsinki).
    await configure(zonesWith('cineca', 'Europe/Helsinki'));
    expect((await postSacct(HELSINKI_FILE, '').expect(201)).body).toMatchObject({ accepted: 0, duplicates: 9, flagged: 0 });
    // Without -X each job's steps follow it: ignored, the jobs duplicates.
    expect((await postSacct(fixture('sacct-steps-utc.txt'), '&timeZone=UTC').expect(201)).body).toMatchObject({ accepted: 0, duplicates: 9, stepsIgnored: 9 });
  });

  it('refuses zone-less times from a site whose zone is unknown (422 naming the field), and a bad zone (400), recording nothing', async () => {
    await configure(zonesWith('cineca', null));
    const before = await importsTotal();
    const refused = await postSacct(UTC_FILE, '').expect(422);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      code: 'time-zone-unknown',
      errors: [
        { field: 'timeZone', reason: "name the zone of the times (UTC when sacct ran with TZ=UTC), or have site cineca's zone configured" },
        { field: 'line 2', reason: "Start '2026-12-07T13:50:10' has no time zone" },
      ],
    });
    const bad = await postSacct(UTC_FILE, '&timeZone=Mars/Olympus').expect(400);
    expect(bad.body.errors).toEqual([{ field: 'timeZone', reason: 'timeZone must be an IANA time zone such as Europe/Helsinki, or UTC' }]);
    // A site's default sacct output lacks the needed fields: refused whole, naming them.
    const defaults = await postSacct(fixture('sacct-default-format.txt'), '&timeZone=UTC').expect(422);
    expect(defaults.body.errors).toEqual([{ field: 'line 1', reason: 'the header line lacks Start, End, ElapsedRaw, AllocTRES, ConsumedEnergyRaw' }]);
    expect(await importsTotal()).toBe(before);
    await configure(SEED.siteTimeZones);
  });

  it('treats a batch re-sent after a crash as a no-op: the same Idempotency-Key replays, a new key finds duplicates; the checkpoint stays', async () => {
    const revision = (await allocation('alloc-fl')).revision as number;
    const imports = await importsTotal();
    const replay = await postSacct(UTC_FILE, '&timeZone=UTC&checkpoint=2026-12-07T13:51:35|24').set('Idempotency-Key', 'cineca-batch-1').expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await importsTotal()).toBe(imports);
    const resent = await postSacct(UTC_FILE, '&timeZone=UTC&checkpoint=2026-12-07T13:51:35|24').set('Idempotency-Key', 'cineca-batch-1-after-restart').expect(201);
    expect(resent.body).toMatchObject({ accepted: 0, duplicates: 9, flagged: 0, charged: [] });
    await svc.settle();
    expect(await allocation('alloc-fl')).toMatchObject({ revision, chargedGpuHours: gpuHours(174), jobs: 6 });
    const last = { system: 'leonardo', checkpoint: '2026-12-07T13:51:35|24', importId: resent.body.importId, recordedAt: expect.any(String) };
    expect((await checkpoint('cineca', cineca).expect(200)).body).toEqual({ siteId: 'cineca', ...last, checkpoints: [last] });
    expect((await svc.http.get('/api/accounting/sites/cineca/usage-checkpoint?system=leonardo').set('Authorization', `Bearer ${cineca}`).expect(200)).body).toMatchObject(last);
  });

  it("lets a site read only its own checkpoint (403 for another's), staff and auditors any; only the site's agent sends one", async () => {
    for (const role of ['accounting-officer', 'auditor', 'administrator']) expect((await checkpoint('cineca', await svc.token(role)).expect(200)).body.checkpoint).toBe('2026-12-07T13:51:35|24');
    const csc = await svc.token('site', { userId: 'agent-csc', siteId: 'csc' });
    expect((await checkpoint('csc', csc).expect(200)).body).toEqual({ siteId: 'csc', system: null, checkpoint: null, importId: null, recordedAt: null, checkpoints: [] });
    const lumi = await svc.http.get('/api/accounting/sites/cineca/usage-checkpoint?system=lumi').set('Authorization', `Bearer ${cineca}`).expect(403);
    expect(lumi.body).toMatchObject({ code: 'system-of-another-site', errors: [{ field: 'system', reason: 'site cineca does not host system lumi' }] });
    const other = await checkpoint('cineca', csc).expect(403);
    expect(other.body).toMatchObject({ code: 'not-your-site', errors: [{ field: 'siteId' }] });
    await checkpoint('cineca', await svc.token('applicant', { organisationId: 'org-a' })).expect(403);
    await svc.http.get('/api/accounting/sites/cineca/usage-checkpoint').expect(401);
    await checkpoint('CINECA!', officer).expect(400);
    const mailed = await postSacct(UTC_FILE, '&timeZone=UTC&siteId=cineca&checkpoint=x', officer).expect(400);
    expect(mailed.body.errors).toEqual([{ field: 'checkpoint', reason: "only a site's own agent sends a checkpoint, not an upload on its behalf" }]);
    const long = await postSacct(UTC_FILE, `&timeZone=UTC&checkpoint=${'x'.repeat(201)}`).expect(400);
    expect(long.body.errors).toEqual([{ field: 'checkpoint', reason: 'checkpoint must be 1 to 200 printable characters' }]);
  });

  it('charges a flagged record sent again unchanged once its reason went away (a rule for its partition), not as a conflict', async () => {
    await configure(SEED.siteTimeZones, true);
    const response = await postSacct(UTC_FILE, '&timeZone=UTC&checkpoint=2026-12-07T13:51:35|24b').expect(201);
    // Jobs 19 and 20 (account proj-legacy) are still unknown: unchanged re-sends of them are duplicates.
    expect(response.body).toMatchObject({ accepted: 1, duplicates: 8, flagged: 0, charged: [{ allocationId: 'alloc-fl', jobs: 1, gpuHours: gpuHours(2 * 4) }], checkpoint: '2026-12-07T13:51:35|24b' });
    expect((await checkpoint('cineca', cineca).expect(200)).body.checkpoint).toBe('2026-12-07T13:51:35|24b');
  });

  it("charges a re-send whose account was corrected to the project id (the issue's file), not as a conflicting re-send", async () => {
    const [header, ...lines] = UTC_FILE.trim().split('\n');
    // The site's correction: job 19's line with its account renamed to the project id, every other figure as Slurm printed it.
    const corrected = [header, lines.find((l) => l.startsWith('19|'))?.replace('|proj-legacy|', `|${LEGACY_PROJECT}|`)].join('\n');
    const response = await postSacct(corrected, '&timeZone=UTC').expect(201);
    expect(response.body).toMatchObject({ accepted: 1, duplicates: 0, flagged: 0, charged: [{ allocationId: 'alloc-legacy', jobs: 1, gpuHours: gpuHours(3 * 2) }] });
    const conflicts = await svc.http.get('/api/accounting/record-conflicts?system=leonardo').set('Authorization', `Bearer ${officer}`).expect(200);
    expect(conflicts.body.total).toBe(0);
    expect((await jobRecords('alloc-legacy')).map((r) => [r.jobId, r.account, r.status])).toEqual([['19', LEGACY_PROJECT, 'charged']]);
  });

  it("maps a site's own account name to an allocation, and reassessing then charges what was flagged under it", async () => {
    const put = (account: string, allocationId: string, token = officer) =>
      svc.http.put(`/api/accounting/account-mappings/leonardo/${account}`).set('Authorization', `Bearer ${token}`).send({ allocationId });
    const mapped = await put('PROJ-LEGACY', 'alloc-legacy').expect(200);
    expect(mapped.headers.etag).toBe('"0"');
    expect(mapped.body).toEqual({ system: 'leonardo', account: 'proj-legacy', allocationId: 'alloc-legacy', mappedBy: 'officer-1', mappedAt: expect.any(String), revision: 0 });
    const reassessed = await svc.http.post('/api/accounting/unassigned-records/reassess?system=leonardo').set('Authorization', `Bearer ${officer}`).send({}).expect(201);
    expect(reassessed.body).toMatchObject({ source: 'reassessment', accepted: 1, flagged: 0, charged: [{ allocationId: 'alloc-legacy', jobs: 1, gpuHours: gpuHours(2) }] });
    await svc.settle();
    const legacy = await allocation('alloc-legacy');
    expect(legacy.jobs).toBe(2);
    expect(legacy.chargedGpuHours).toBeCloseTo(8 / 3600, 5);
    const history = await svc.http.get('/api/accounting/account-mappings?system=leonardo').set('Authorization', `Bearer ${await svc.token('auditor')}`).expect(200);
    expect(history.body).toMatchObject({ total: 1, items: [{ account: 'proj-legacy', allocationId: 'alloc-legacy' }] });
  });

  it('refuses a mapping by anyone but accounting officers and administrators, to an allocation of another system or unknown, or of a bad name', async () => {
    const put = (account: string, allocationId: string, token = officer) =>
      svc.http.put(`/api/accounting/account-mappings/leonardo/${account}`).set('Authorization', `Bearer ${token}`).send({ allocationId });
    for (const role of ['site', 'auditor', 'applicant']) await put('other-name', 'alloc-fl', await svc.token(role, { siteId: 'cineca', organisationId: 'org-a' })).expect(403);
    await svc.http.put('/api/accounting/account-mappings/leonardo/other-name').send({ allocationId: 'alloc-fl' }).expect(401);
    await svc.http.get('/api/accounting/account-mappings').set('Authorization', `Bearer ${cineca}`).expect(403);
    const lumi = await put('other-name', 'alloc-lumi').expect(422);
    expect(lumi.body).toMatchObject({ code: 'system-mismatch', errors: [{ field: 'allocationId', reason: 'allocation alloc-lumi is on lumi, not leonardo' }] });
    const unknown = await put('other-name', 'alloc-none').expect(422);
    expect(unknown.body).toMatchObject({ code: 'unknown-allocation', errors: [{ field: 'allocationId' }] });
    const badName = await put('bad%20name', 'alloc-fl').expect(400);
    expect(badName.body.errors).toEqual([{ field: 'account', reason: 'account must be 1 to 64 letters, digits, ., _ or -' }]);
    await put('other-name', 'alloc-fl', await svc.token('administrator')).expect(200);
    await put('proj-legacy', 'alloc-fl').set('If-Match', '"7"').expect(412);
  });
});
