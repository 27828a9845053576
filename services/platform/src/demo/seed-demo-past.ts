import { PlatformClient, type Json } from '../client/platform-client';
import { DEMO_PAST_MS } from './demo-clock';
import { DEMO_PAST_ORGANISATIONS, organisationRequest, proposalRequest, type DemoOrganisation, type DemoPastOrganisationKey, type ProposalInput } from './demo-data';
import { REVIEWERS } from './demo-reviewers';
import { isoDate, slurmTime } from './demo-time';
import type { SeedDemoOptions, SeedDemoResult } from './seed-demo';
import type { Waiter } from './wait';

export interface PastContext {
  options: SeedDemoOptions;
  log: (message: string) => void;
  wait: Waiter;
  as: (role: string, userId: string, organisationId?: string) => Promise<PlatformClient>;
  intakeOfficer: PlatformClient;
  chair: PlatformClient;
  committee: PlatformClient;
  governance: PlatformClient;
  reviewers: Map<string, PlatformClient>;
  assessor: (system: string) => Promise<PlatformClient>;
  site: (system: string) => Promise<PlatformClient>;
  travel: (ms: number) => Promise<void>;
  result: SeedDemoResult;
}

const PAST = DEMO_PAST_ORGANISATIONS;
/** What the past leaves: the names of these applications and allocations in the result. */
const PAST_STATES: Record<DemoPastOrganisationKey, string> = { fado: 'closed-reported', vltava: 'closed-barred' };
const DAY_MS = 86_400_000;

/**
 * The demo's past, on a clock that starts `DEMO_PAST_DAYS` ago: two Playground allocations run
 * for a month and close; Fado Language Technologies submits its final report, Vltava Imaging
 * lets the due date pass and is barred. Both attest on time. Ends at the present.
 */
export async function seedPast(ctx: PastContext): Promise<void> {
  const { options, wait, intakeOfficer, chair, committee, governance } = ctx;
  const start = options.now();
  let travelled = 0;
  /** To `at` on the platform's clock (never beyond the present the demo started from). */
  const travelTo = async (at: Date) => {
    const ms = Math.min(at.getTime() - options.now().getTime(), DEMO_PAST_MS - travelled);
    if (ms <= 0) return;
    travelled += ms;
    await ctx.travel(ms);
  };
  const today = isoDate(start);
  const applicants = new Map<DemoPastOrganisationKey, PlatformClient>();
  for (const [key, o] of Object.entries(PAST) as Array<[DemoPastOrganisationKey, DemoOrganisation]>) applicants.set(key, await ctx.as('applicant', o.representative.userId, o.organisationId));
  const applicant = (key: DemoPastOrganisationKey) => applicants.get(key) as PlatformClient;
  const plans: Record<DemoPastOrganisationKey, ProposalInput> = {
    fado: { title: 'Portuguese legal-text summarisation pilot', mode: 'playground', system: 'deucalion', partition: 'gpu', gpuHours: 1500, durationMonths: 1, startDate: today, projectSummary: 'Fine-tuning an open 1B model to summarise Portuguese court decisions, as a pilot before a Fast Lane request.', modelKind: 'language', trainingComputeFlop: 3e19, data: 'Public decisions of the Portuguese courts (DGSI)' },
    vltava: { title: 'River-bank erosion segmentation from aerial imagery', mode: 'playground', system: 'karolina', partition: 'qgpu', gpuHours: 2500, durationMonths: 1, startDate: today, projectSummary: 'Testing segmentation models for erosion on the Vltava and Elbe banks from orthophotos.', modelKind: 'vision', trainingComputeFlop: 8e19, data: 'Orthophotos of the Czech Office for Surveying, Mapping and Cadastre (open licence)' },
  };
  const keys = Object.keys(PAST) as DemoPastOrganisationKey[];
  const allocations = {} as Record<DemoPastOrganisationKey, string>;
  const allocation = async (key: DemoPastOrganisationKey) => (await committee.get(`/api/allocation/allocations/${allocations[key]}`)).body as Json;
  const totals = async (key: DemoPastOrganisationKey) => {
    const account = (await committee.get(`/api/accounting/allocations/${allocations[key]}`)).body as Json;
    return { flop: account.estimatedTrainingFlop as number, kwh: account.energyKwh as number };
  };

  const steps: Array<[string, () => Promise<void>]> = [
    ['ethics reviewers join the board', async () => {
      for (const r of REVIEWERS) await chair.post('/api/ethics/reviewers', r, { idempotencyKey: `demo-reviewer-${r.reviewerId}` });
    }],
    ...keys.map((key): [string, () => Promise<void>] => [`organisation ${PAST[key].legalName} (${PAST[key].country}) registered, pledge signed by its representative`, async () => {
      const o = PAST[key];
      await applicant(key).post('/api/organisations', organisationRequest(o), { idempotencyKey: `demo-organisation-${o.organisationId}` });
      await wait.until(`governance to know ${o.organisationId}`, () => governance.get(`/api/governance/organisations/${o.organisationId}`, { expect: [404] }), (r) => r.status === 200);
      const versions = await applicant(key).get('/api/governance/pledge-versions');
      await applicant(key).post(`/api/governance/organisations/${o.organisationId}/signatures`, { pledgeVersion: versions.body.currentVersion, optionalCommitments: ['human-oversight'] }, { idempotencyKey: `demo-signature-${o.organisationId}` });
      await wait.until(`intake to record the pledge of ${o.organisationId}`, () => intakeOfficer.get(`/api/organisations/${o.organisationId}`), (r) => r.body.pledge !== null);
    }]),
    ...keys.map((key): [string, () => Promise<void>] => [`${PAST[key].legalName}: Playground on ${plans[key].system} awarded and the project account opened`, async () => {
      const o = PAST[key];
      const { system } = plans[key];
      const draft = await applicant(key).post('/api/applications', { organisationId: o.organisationId, proposal: proposalRequest(plans[key]) }, { idempotencyKey: `demo-draft-${key}-past` });
      const id: string = draft.body.applicationId;
      await applicant(key).post(`/api/applications/${id}/submit`);
      await intakeOfficer.post(`/api/applications/${id}/screening/start`);
      await intakeOfficer.post(`/api/applications/${id}/screening`, { decision: 'eligible', note: 'All automatic checks passed; documents verified.' });
      await wait.until(`ethics case of ${id}`, () => chair.get(`/api/ethics/cases/${id}`, { expect: [404] }), (r) => r.status === 200);
      await wait.until(`application ${id} registered in allocation`, () => committee.get(`/api/allocation/applications/${id}`, { expect: [404] }), (r) => r.status === 200 && r.body.status !== 'submitted');
      await (await ctx.assessor(system)).post(`/api/allocation/applications/${id}/technical-assessment`, { outcome: 'accepted' });
      const reviewerId = key === 'fado' ? 'rev-anja-kovac' : 'rev-pierre-martin';
      const reviewer = ctx.reviewers.get(reviewerId) as PlatformClient;
      const principles: string[] = (await chair.get('/api/ethics/configuration')).body.principles;
      await chair.post(`/api/ethics/cases/${id}/assignments`, { reviewerId });
      await reviewer.post(`/api/ethics/cases/${id}/declarations`, { conflict: false, statement: 'I have no link with the applicant and no interest in the outcome.' });
      await reviewer.post(`/api/ethics/cases/${id}/reviews`, { ratings: principles.map((principle) => ({ principle, rating: 'no-issue', comment: `Adequately addressed (${principle}).` })) });
      await chair.post(`/api/ethics/cases/${id}/decision`, { outcome: 'cleared' });
      const awarded = await wait.until(`application ${id} to be awarded in intake`, () => intakeOfficer.get(`/api/applications/${id}`).then((r) => r.body as Json), (a) => a.status === 'awarded');
      const allocationId: string = awarded.award.allocationId;
      allocations[key] = allocationId;
      ctx.result.applications[`${key}-${PAST_STATES[key]}`] = id;
      ctx.result.allocations[`${key}-${PAST_STATES[key]}`] = allocationId;
      await wait.until(`allocation ${allocationId}`, () => committee.get(`/api/allocation/allocations/${allocationId}`, { expect: [404] }), (r) => r.status === 200);
      await (await ctx.site(system)).post(`/api/allocation/allocations/${allocationId}/provisioning`, { accountCreated: true, siteReference: `${system}-${allocationId.slice(-6)}` });
      await wait.until(`accounting to open the account of ${allocationId}`, () => committee.get(`/api/accounting/allocations/${allocationId}`, { expect: [404] }), (r) => r.status === 200 && r.body.status === 'active');
    }]),
    ['twelve days later: the sites send the job records', async () => {
      await travelTo(new Date(start.getTime() + 12 * DAY_MS));
      const startOfDay = Date.parse(`${today}T00:00:00.000Z`);
      for (const [key, base, specs, perNode] of [
        ['fado', 120_411, [{ gpus: 16, hours: 30, day: 3 }, { gpus: 16, hours: 28, day: 6 }, { gpus: 8, hours: 12.5, day: 9 }], 4],
        ['vltava', 884_020, [{ gpus: 32, hours: 20, day: 2 }, { gpus: 16, hours: 16, day: 5 }, { gpus: 8, hours: 6, day: 8 }, { gpus: 8, hours: 4.75, day: 10, state: 'TIMEOUT' }], 8],
      ] as Array<[DemoPastOrganisationKey, number, Array<{ gpus: number; hours: number; day: number; state?: string }>, number]>) {
        const { projectId } = await allocation(key);
        const { system, partition } = plans[key];
        const records = specs.map((s, i) => {
          const end = new Date(startOfDay + s.day * DAY_MS + 15 * 3_600_000);
          return {
            system, jobId: String(base + i), account: projectId, partition,
            start: slurmTime(new Date(end.getTime() - s.hours * 3_600_000)), end: slurmTime(end), elapsedRaw: Math.round(s.hours * 3600), state: s.state ?? 'COMPLETED',
            allocTres: `billing=${s.gpus * 8},cpu=${s.gpus * 8},gres/gpu=${s.gpus},mem=${s.gpus * 120}G,node=${Math.ceil(s.gpus / perNode)}`,
            consumedEnergyRaw: Math.round(s.gpus * s.hours * 0.45 * 3_600_000),
          };
        });
        await (await ctx.site(system)).post('/api/accounting/usage', { records }, { idempotencyKey: `demo-usage-${key}-past` });
        await wait.until(`accounting to charge ${allocations[key]}`, () => committee.get(`/api/accounting/allocations/${allocations[key]}`), (r) => r.body.jobs === records.length);
      }
    }],
    ['halfway through, accounting reviews the use against the plan', async () => {
      const { start: first, end } = await allocation('fado');
      const halfway = (Date.parse(`${first as string}T00:00:00.000Z`) + Date.parse(`${end as string}T00:00:00.000Z`)) / 2;
      // Due halfway between start and end (the account opened during the start day).
      await travelTo(new Date(halfway + 12 * 3_600_000));
      for (const key of keys) await wait.until(`the mid-term review of ${allocations[key]}`, () => committee.get(`/api/accounting/allocations/${allocations[key]}`), (r) => r.body.midTerm != null);
    }],
    ['at the end date both allocations close, in allocation and in accounting', async () => {
      const ends = await Promise.all(keys.map(async (key) => Date.parse(`${(await allocation(key)).end as string}T00:00:00.000Z`)));
      await travelTo(new Date(Math.max(...ends)));
      for (const key of keys) {
        await wait.until(`allocation ${allocations[key]} closed`, () => allocation(key), (a) => a.status === 'closed');
        await wait.until(`accounting to close ${allocations[key]}`, () => committee.get(`/api/accounting/allocations/${allocations[key]}`), (r) => r.body.status === 'closed');
      }
    }],
    [`a week later: ${PAST.fado.legalName} submits its final report`, async () => {
      await travelTo(new Date(options.now().getTime() + 7 * DAY_MS));
      const detail = await applicant('fado').get(`/api/allocation/allocations/${allocations.fado}`);
      const used = await totals('fado');
      await applicant('fado').post(`/api/allocation/allocations/${allocations.fado}/final-report`, {
        results: 'A 1B summariser of Portuguese court decisions (ROUGE-L 0.41 on held-out rulings); weights and evaluation set published. Acknowledges EuroHPC JU and Deucalion.',
        energyKwh: Math.round(used.kwh), computeFlop: used.flop, acknowledgement: true,
      }, { ifMatch: detail.etag ?? undefined });
    }],
    ['three days before the first attestations fall due, both organisations attest', async () => {
      const dues = await Promise.all(keys.map(async (key) => Date.parse((await governance.get(`/api/governance/organisations/${PAST[key].organisationId}`)).body.attestation.nextDueAt)));
      await travelTo(new Date(Math.min(...dues) - 3 * DAY_MS));
      for (const key of keys) {
        const used = await totals(key);
        const o = PAST[key];
        await applicant(key).post(`/api/governance/organisations/${o.organisationId}/attestations`, {
          evidence: { summary: key === 'fado' ? 'Governance strategy adopted; AI literacy sessions for all 12 staff.' : 'High-risk systems map: none; staff AI literacy course completed.', links: [`https://${o.representative.email.split('@')[1]}/governance/attestation-1.pdf`] },
          declaredTrainingFlop: used.flop,
          declaredEnergyKwh: used.kwh,
        }, { idempotencyKey: `demo-attestation-${key}-1` });
      }
    }],
    [`the final reports fall due: ${PAST.vltava.legalName} has sent none and is barred`, async () => {
      const due = (await allocation('vltava')).finalReportDue as string;
      await travelTo(new Date(Date.parse(`${due}T00:00:00.000Z`)));
      const organisationId = PAST.vltava.organisationId;
      await wait.until(`${organisationId} barred`, () => committee.get(`/api/allocation/organisations/${organisationId}/standing`), (r) => r.body.barred === true);
    }],
    ['to the present', async () => {
      const rest = DEMO_PAST_MS - travelled;
      travelled = DEMO_PAST_MS;
      await ctx.travel(rest);
    }],
  ];
  for (const [index, [label, run]] of steps.entries()) {
    ctx.log(`seeding demo: in the past (${isoDate(options.now())}) ${index + 1}/${steps.length} ${label}`);
    await run();
  }
  if (options.settle) await options.settle();
}
