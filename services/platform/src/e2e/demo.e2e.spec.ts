import { seedDemo, type SeedDemoResult } from '../demo/seed-demo';
import { DEMO_PAST_DAYS } from '../demo/demo-clock';
import { DEMO_ORGANISATIONS, DEMO_PAST_ORGANISATIONS } from '../demo/demo-data';
import type { Json, PlatformClient } from '../client/platform-client';
import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';

const INTAKE_STATUSES = ['draft', 'submitted', 'screening', 'information-requested', 'eligible', 'ineligible', 'ethics-information-requested', 'refused', 'withdrawn', 'awarded'];
const ALLOCATION_APPLICATION_STATUSES = ['registered', 'held', 'queued', 'awaiting-cut-off', 'awarded', 'refused', 'withdrawn', 'rejected', 'not-funded', 'reserve'];
const ALLOCATION_STATUSES = ['awarded', 'active', 'suspended', 'closed'];
const ORGANISATION_IDS = [...Object.values(DEMO_ORGANISATIONS), ...Object.values(DEMO_PAST_ORGANISATIONS)].map((o) => o.organisationId);
const DAY = 86_400_000;
const FADO = DEMO_PAST_ORGANISATIONS.fado.organisationId;
const VLTAVA = DEMO_PAST_ORGANISATIONS.vltava.organisationId;

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
  let startedAt: Date;
  // The harness's test clock stands in for the demo clock: the demo starts where it stands and travels.
  const seed = () => seedDemo({ baseUrl: platform.baseUrl, now: () => platform.now(), settle: () => platform.settle(), travel: (ms) => platform.advance(ms), log: (m) => messages.push(m) });

  beforeAll(async () => {
    platform = await startPlatform();
    startedAt = platform.now();
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
    expect(messages.at(-1)).toBe('seeding demo: done: 10 organisations, 16 applications, 6 allocations');
  });

  it('logs no personal data: no contact person\'s name, e-mail or phone', () => {
    const organisations = [...Object.values(DEMO_ORGANISATIONS), ...Object.values(DEMO_PAST_ORGANISATIONS)];
    const values = organisations.flatMap((o) => [o.representative.name, o.representative.email, o.representative.phone, o.technical.name, o.technical.email]);
    const log = messages.join('\n');
    for (const value of values) expect(log).not.toContain(value);
  });

  it('seeds the past first, on a clock that ends at the present it started from', () => {
    const past = messages.filter((m) => m.startsWith('seeding demo: in the past '));
    expect(past).toHaveLength(12);
    expect(past[0]).toBe(`seeding demo: in the past (${startedAt.toISOString().slice(0, 10)}) 1/12 ethics reviewers join the board`);
    expect(past[11]).toMatch(/^seeding demo: in the past \(\d{4}-\d{2}-\d{2}\) 12\/12 to the present$/);
    expect(messages.indexOf(past[11])).toBeLessThan(messages.indexOf('seeding demo: 1/41 systems and partitions of the catalogue'));
    expect(platform.now().getTime() - startedAt.getTime()).toBe(DEMO_PAST_DAYS * DAY);
  });

  it('shows every state of the programme in each read model', async () => {
    expect(await snapshot(auditor)).toEqual({
      signedOrganisations: 10,
      applications: { draft: 1, submitted: 1, screening: 1, 'information-requested': 1, eligible: 2, ineligible: 1, 'ethics-information-requested': 1, refused: 1, withdrawn: 1, awarded: 6 },
      // Discoverer+ (32 GPUs) cannot hold Brightwater's 10,000 GPU-hours this month: it waits in the queue.
      allocationApplications: { registered: 0, held: 0, queued: 1, 'awaiting-cut-off': 2, awarded: 6, refused: 1, withdrawn: 1, rejected: 0, 'not-funded': 0, reserve: 0 },
      // Fado's and Vltava's Playground allocations of the demo's past have closed.
      allocations: { awarded: 1, active: 2, suspended: 1, closed: 2 },
      accounts: { active: 2, suspended: 1, closed: 2 },
      ethicsCases: ['fast-lane:decided', 'fast-lane:decided', 'fast-lane:decided', 'fast-lane:decided', 'fast-lane:information-requested', 'large-scale:decided', 'large-scale:in-review', 'playground:decided', 'playground:decided', 'playground:decided'],
      imports: ['json:deucalion:3:0', 'json:karolina:4:0', 'json:leonardo:5:0', 'json:marenostrum5:4:0', 'sacct:lumi:4:4'],
      calls: 1,
      attestations: {
        [DEMO_ORGANISATIONS.aurora.organisationId]: [[]],
        [DEMO_ORGANISATIONS.lumen.organisationId]: [[]],
        [DEMO_ORGANISATIONS.sardana.organisationId]: [['energy-mismatch']],
        [FADO]: [[]],
        [VLTAVA]: [[]],
      },
      countries: ['CZ', 'DE', 'EE', 'ES', 'FI', 'IE', 'IT', 'NL', 'PL', 'PT'],
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

  it('shows an allocation closed with its final report, and one closed with the report overdue: that organisation is barred', async () => {
    const detail = async (name: string) => (await auditor.get(`/api/allocation/allocations/${seeded.allocations[name]}`)).body;
    const account = async (name: string) => (await auditor.get(`/api/accounting/allocations/${seeded.allocations[name]}`)).body;
    const standing = async (organisationId: string) => (await auditor.get(`/api/allocation/organisations/${organisationId}/standing`)).body;
    const monthsAfter = (at: Date, months: number) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + months, at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes()));
    const day = (at: Date) => at.toISOString().slice(0, 10);
    // Both ran one month from the day the demo started, and closed at 00:00 UTC on their end date.
    const start = day(startedAt);
    const end = day(monthsAfter(startedAt, 1));
    const finalReportDue = day(monthsAfter(startedAt, 4));
    const closedAt = `${end}T00:00:00.000Z`;
    const fado = seeded.allocations['fado-closed-reported'];
    const vltava = seeded.allocations['vltava-closed-barred'];

    expect(await detail('fado-closed-reported')).toMatchObject({
      organisationId: FADO, mode: 'playground', system: 'deucalion', gpuHours: 1500, start, end, status: 'closed',
      finalReportDue, finalReportSubmittedAt: new Date(Date.parse(closedAt) + 7 * DAY).toISOString(), finalReportOverdue: false,
    });
    expect(await detail('vltava-closed-barred')).toMatchObject({
      organisationId: VLTAVA, mode: 'playground', system: 'karolina', gpuHours: 2500, start, end, status: 'closed',
      finalReportDue, finalReportSubmittedAt: null, finalReportOverdue: true,
    });
    expect(await standing(FADO)).toEqual({ organisationId: FADO, allocations: [fado], barred: false, overdueFinalReports: [] });
    expect(await standing(VLTAVA)).toEqual({ organisationId: VLTAVA, allocations: [vltava], barred: true, overdueFinalReports: [vltava] });
    const history = (await auditor.get(`/api/allocation/allocations/${vltava}/history`)).body.events;
    expect(history.map((e: Json) => [e.type, e.actor.role, e.recordedAt])).toEqual([
      ['AllocationOpened', 'system', startedAt.toISOString()],
      ['AllocationActivated', 'site', startedAt.toISOString()],
      ['AllocationClosed', 'system', closedAt],
      ['FinalReportOverdue', 'system', `${finalReportDue}T00:00:00.000Z`],
    ]);

    // Accounting closed both accounts with what the sites sent in the first twelve days; on plan at mid-term.
    const month = start.slice(0, 7);
    expect(await account('fado-closed-reported')).toMatchObject({ status: 'closed', chargedGpuHours: 1028, jobs: 3, monthlyBurn: [{ month, gpuHours: 1028, quotaGpuHours: 1500 }], thresholdsReached: [], midTerm: { underuse: false } });
    expect(await account('vltava-closed-barred')).toMatchObject({ status: 'closed', chargedGpuHours: 982, jobs: 4, monthlyBurn: [{ month, gpuHours: 982, quotaGpuHours: 2500 }], thresholdsReached: [], midTerm: { underuse: false } });

    // Both attested on time, three days before the first period fell due: no breach, the next is not yet due.
    for (const organisationId of [FADO, VLTAVA]) {
      const pledge = (await auditor.get(`/api/governance/organisations/${organisationId}`)).body;
      expect(pledge).toMatchObject({ status: 'signed', openBreaches: 0, breaches: [], suspended: false, attestation: { nextDueAt: monthsAfter(startedAt, 6).toISOString(), overdue: false } });
      expect(pledge.attestations.map((a: Json) => [a.periodDueAt, a.submittedAt, a.flags])).toEqual([
        [monthsAfter(startedAt, 3).toISOString(), new Date(monthsAfter(startedAt, 3).getTime() - 3 * DAY).toISOString(), []],
      ]);
    }
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
