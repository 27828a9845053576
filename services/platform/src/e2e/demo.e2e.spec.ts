import { seedDemo, type SeedDemoResult } from '../demo/seed-demo';
import { DEMO_ORGANISATIONS } from '../demo/demo-data';
import type { Json, PlatformClient } from '../client/platform-client';
import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';

const INTAKE_STATUSES = ['draft', 'submitted', 'screening', 'information-requested', 'eligible', 'ineligible', 'ethics-information-requested', 'refused', 'withdrawn', 'awarded'];
const ALLOCATION_APPLICATION_STATUSES = ['registered', 'held', 'queued', 'awaiting-cut-off', 'awarded', 'refused', 'withdrawn', 'rejected', 'not-funded', 'reserve'];
const ALLOCATION_STATUSES = ['awarded', 'active', 'suspended', 'closed'];
const ORGANISATION_IDS = Object.values(DEMO_ORGANISATIONS).map((o) => o.organisationId);

/** What the read models show of the programme, state by state, as an auditor reads it. */
async function snapshot(auditor: PlatformClient) {
  const total = async (path: string) => (await auditor.get(path)).body.total as number;
  const perStatus = async (base: string, statuses: string[]) =>
    Object.fromEntries(await Promise.all(statuses.map(async (s) => [s, await total(`${base}?status=${s}&pageSize=1`)] as const)));
  const pledges = await Promise.all(ORGANISATION_IDS.map(async (id) => (await auditor.get(`/api/governance/organisations/${id}`)).body));
  const cases = (await auditor.get('/api/ethics/cases?pageSize=50')).body.items as Json[];
  return {
    signedOrganisations: await total('/api/governance/organisations?status=signed&pageSize=1'),
    applications: await perStatus('/api/applications', INTAKE_STATUSES),
    allocationApplications: await perStatus('/api/allocation/applications', ALLOCATION_APPLICATION_STATUSES),
    allocations: await perStatus('/api/allocation/allocations', ALLOCATION_STATUSES),
    accounts: await perStatus('/api/accounting/allocations', ['active', 'suspended', 'closed']),
    ethicsCases: cases.map((c) => `${c.mode}:${c.status}`).sort(),
    imports: (await auditor.get('/api/accounting/imports')).body.items.map((i: Json) => `${i.source}:${i.system}:${i.accepted}:${i.stepsIgnored}`).sort(),
    calls: (await auditor.get('/api/allocation/calls')).body.total,
    attestations: Object.fromEntries(pledges.filter((p) => p.attestations.length > 0).map((p) => [p.organisationId, p.attestations.map((a: Json) => a.flags)])),
    countries: (await Promise.all(ORGANISATION_IDS.map(async (id) => (await auditor.get(`/api/organisations/${id}`)).body.country))).sort(),
  };
}

describe('demo data (npm start -- --demo)', () => {
  let platform: PlatformHarness;
  let auditor: PlatformClient;
  let seeded: SeedDemoResult;
  const messages: string[] = [];
  const seed = () => seedDemo({ baseUrl: platform.baseUrl, now: () => platform.now(), settle: () => platform.settle(), log: (m) => messages.push(m) });

  beforeAll(async () => {
    platform = await startPlatform();
    auditor = await platform.as('auditor', { userId: 'auditor-demo-check', organisationId: 'eca' });
    seeded = await seed();
  }, 300_000);

  afterAll(async () => {
    await platform?.close();
  });

  it('logs its progress step by step', () => {
    expect(seeded.seeded).toBe(true);
    const progress = messages.filter((m) => /^seeding demo: \d+\/\d+ /.test(m));
    expect(progress).toHaveLength(41);
    expect(progress[0]).toBe('seeding demo: 1/41 systems and partitions of the catalogue');
    expect(progress[40]).toBe('seeding demo: 41/41 attestations of the organisations using their allocations');
    expect(messages).toContain('seeding demo: catalogue has 9 systems: JUPITER, LUMI, Leonardo, MareNostrum 5, MeluXina, Karolina, Vega, Deucalion, Discoverer+');
    expect(messages.at(-1)).toBe('seeding demo: done: 8 organisations, 14 applications, 4 allocations');
  });

  it('shows every state the platform can reach without time passing, in each read model', async () => {
    expect(await snapshot(auditor)).toEqual({
      signedOrganisations: 8,
      applications: { draft: 1, submitted: 1, screening: 1, 'information-requested': 1, eligible: 2, ineligible: 1, 'ethics-information-requested': 1, refused: 1, withdrawn: 1, awarded: 4 },
      // Discoverer+ (32 GPUs) cannot hold Brightwater's 10,000 GPU-hours this month: it waits in the queue.
      allocationApplications: { registered: 0, held: 0, queued: 1, 'awaiting-cut-off': 2, awarded: 4, refused: 1, withdrawn: 1, rejected: 0, 'not-funded': 0, reserve: 0 },
      allocations: { awarded: 1, active: 2, suspended: 1, closed: 0 },
      accounts: { active: 2, suspended: 1, closed: 0 },
      ethicsCases: ['fast-lane:decided', 'fast-lane:decided', 'fast-lane:decided', 'fast-lane:decided', 'fast-lane:information-requested', 'large-scale:decided', 'large-scale:in-review', 'playground:decided'],
      imports: ['json:leonardo:5:0', 'json:marenostrum5:4:0', 'sacct:lumi:4:4'],
      calls: 1,
      attestations: {
        [DEMO_ORGANISATIONS.aurora.organisationId]: [[]],
        [DEMO_ORGANISATIONS.lumen.organisationId]: [[]],
        [DEMO_ORGANISATIONS.sardana.organisationId]: [['energy-mismatch']],
      },
      countries: ['DE', 'EE', 'ES', 'FI', 'IE', 'IT', 'NL', 'PL'],
    });
  });

  it('charges the usage the sites sent: JSON and sacct, node billing on LUMI, overuse suspends the Playground award', async () => {
    const account = async (name: string) => (await auditor.get(`/api/accounting/allocations/${seeded.allocations[name]}`)).body;
    const month = platform.now().toISOString().slice(0, 7);
    // Leonardo (gres): 64x18 + 64x20.5 + 32x6 + 16x3.25 + 4x1.5 GPU-hours.
    expect(await account('aurora-active')).toMatchObject({ status: 'active', mode: 'fast-lane', system: 'leonardo', awardedGpuHours: 20000, chargedGpuHours: 2714, jobs: 5, monthlyBurn: [{ month, gpuHours: 2714, quotaGpuHours: 10000 }], thresholdsReached: [] });
    // LUMI-G bills whole nodes, 4 GPUs each: (16x22 + 16x23.5 + 2 + 2.25) x 4; the batch steps are ignored.
    expect(await account('lumen-active')).toMatchObject({ status: 'active', system: 'lumi', partition: 'lumi-g', chargedGpuHours: 2929, jobs: 4, monthlyBurn: [{ month, gpuHours: 2929, quotaGpuHours: 10000 }] });
    expect(await account('sardana-suspended')).toMatchObject({
      status: 'suspended', mode: 'playground', awardedGpuHours: 2000, chargedGpuHours: 2112, balanceGpuHours: -112, thresholdsReached: [75, 90, 100],
      overuse: { action: 'suspend' }, suspension: { reason: 'overuse: 2112 of 2000 GPU-hours charged' }, monthlyBurn: [{ month, gpuHours: 2112 }],
    });
    const suspended = (await auditor.get(`/api/allocation/allocations/${seeded.allocations['sardana-suspended']}`)).body;
    expect(suspended).toMatchObject({ status: 'suspended', projectId: expect.stringMatching(/^EHPC-AIF-\d{4}PG01-\d{4}$/) });
    const notYetActive = (await auditor.get(`/api/allocation/allocations/${seeded.allocations['volta-awarded']}`)).body;
    expect(notYetActive).toMatchObject({ status: 'awarded', system: 'vega', gpuHours: 12000 });
  });

  it('opens a Large Scale call with future cut-offs at 10:00 in Brussels; Tessellate waits for the first', async () => {
    const call = (await auditor.get(`/api/allocation/calls/${seeded.callId}`)).body;
    expect(call.mode).toBe('large-scale');
    expect(call.cutOffs).toHaveLength(4);
    for (const c of call.cutOffs) {
      expect(new Date(c.at).getTime()).toBeGreaterThan(platform.now().getTime());
      expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(c.at))).toBe('10:00');
      expect(c.passed).toBe(false);
    }
    const waiting = (await auditor.get(`/api/allocation/applications?status=awaiting-cut-off&organisationId=${DEMO_ORGANISATIONS.tessellate.organisationId}`)).body.items;
    expect(waiting.map((a: Json) => a.applicationId)).toEqual([seeded.applications['tessellate-large-scale']]);
    const ethics = (await auditor.get(`/api/ethics/cases/${seeded.applications['tessellate-large-scale']}`)).body;
    expect(ethics.decision ?? ethics.decisions?.at(-1)).toMatchObject({ outcome: 'cleared-with-conditions' });
  });

  it('puts the programme\'s governance numbers back after the attestations', async () => {
    const configuration = (await auditor.get('/api/governance/configuration')).body;
    expect(configuration).toMatchObject({ attestationPeriodMonths: 3, attestationWindowDays: 30, gracePeriodDays: 30, resignPeriodDays: 60, computeTolerancePercent: 10 });
  });

  it('does nothing the second time, and says so', async () => {
    const before = await snapshot(auditor);
    messages.length = 0;
    const again = await seed();
    expect(again).toEqual({ seeded: false, applications: {}, allocations: {}, callId: null });
    expect(messages).toEqual([`seeding demo: nothing to do, the demo was seeded already (organisation ${DEMO_ORGANISATIONS.aurora.organisationId} exists)`]);
    await platform.settle();
    expect(await snapshot(auditor)).toEqual(before);
  });
});
