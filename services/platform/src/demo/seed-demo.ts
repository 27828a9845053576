import { PlatformClient, type Json } from '../client/platform-client';
import { DEMO_MARKER_ORGANISATION, DEMO_ORGANISATIONS, DEMO_PAST_ORGANISATIONS, organisationRequest, proposalRequest, type DemoOrganisation, type DemoOrganisationKey, type ProposalInput } from './demo-data';
import { addMonthsIso, isoDate, nextCutOffs, slurmTime } from './demo-time';
import { waiter } from './wait';
import { REVIEWERS } from './demo-reviewers';
import { seedPast } from './seed-demo-past';

export interface SeedDemoOptions {
  /** Where the platform answers (embedded mode: the development identity provider must be there). */
  baseUrl: string;
  /** The platform's time: dates in requests and job records are computed from it. */
  now: () => Date;
  log?: (message: string) => void;
  /** Speeds waiting up where the caller can wait for the services directly (tests). */
  settle?: () => Promise<void>;
  /**
   * Moves the platform's clock `ms` forward, fires the deadlines then due and lets the services
   * settle. Given, the demo starts `DEMO_PAST_DAYS` in the past (the caller's clock must be there)
   * and seeds allocations that closed before today, then travels to the present.
   */
  travel?: (ms: number) => Promise<void>;
}

export interface SeedDemoResult {
  seeded: boolean;
  /** Application ids by their place in the demo (e.g. `aurora-active`). */
  applications: Record<string, string>;
  /** Allocation ids by the same names, for awarded applications. */
  allocations: Record<string, string>;
  callId: string | null;
}

/** An application of the demo: who asks for what, and how far it gets. */
interface DemoApplication {
  name: string;
  organisation: DemoOrganisationKey;
  proposal: ProposalInput;
}

const ORG = DEMO_ORGANISATIONS;
const STAFF_ORG = 'eurohpc-ju';

/**
 * Seeds a believable programme into a running platform through its HTTP API only, as the
 * people of the programme would: organisations and their pledges, applications in every state
 * the platform can reach without time passing, awards, provisioning, usage from the sites and
 * attestations. Given `travel`, it first seeds the past (see `seedPast`): allocations that closed,
 * one final report submitted and one overdue. Does nothing when the demo organisation already exists.
 */
export async function seedDemo(options: SeedDemoOptions): Promise<SeedDemoResult> {
  const log = options.log ?? ((message: string) => process.stdout.write(`${message}\n`));
  const { baseUrl } = options;
  const wait = waiter({ settle: options.settle });
  const as = (role: string, userId: string, organisationId?: string) => PlatformClient.as(baseUrl, role, { userId, ...(organisationId ? { organisationId } : {}) });
  const result: SeedDemoResult = { seeded: false, applications: {}, allocations: {}, callId: null };

  const administrator = await as('administrator', 'admin-demo', STAFF_ORG);
  const marker = await administrator.get(`/api/organisations/${DEMO_MARKER_ORGANISATION}`, { expect: [404] });
  if (marker.status === 200) {
    log(`seeding demo: nothing to do, the demo was seeded already (organisation ${DEMO_MARKER_ORGANISATION} exists)`);
    return result;
  }

  const intakeOfficer = await as('intake-officer', 'officer-eva-lindqvist', STAFF_ORG);
  const chair = await as('ethics-chair', 'chair-helena-berg', 'eurohpc-ethics-board');
  const committee = await as('allocation-committee', 'committee-jean-dupont', STAFF_ORG);
  const governance = await as('governance-officer', 'governance-maria-santos', STAFF_ORG);
  const reviewers = new Map<string, PlatformClient>();
  for (const r of REVIEWERS) reviewers.set(r.reviewerId, await as('ethics-reviewer', r.reviewerId, r.organisationId));
  const applicants = new Map<DemoOrganisationKey, PlatformClient>();
  for (const [key, o] of Object.entries(ORG) as Array<[DemoOrganisationKey, DemoOrganisation]>) applicants.set(key, await as('applicant', o.representative.userId, o.organisationId));
  const applicant = (key: DemoOrganisationKey) => applicants.get(key) as PlatformClient;
  // The hosting site's staff assess, and its machine identity provisions and reports usage: each
  // token names the site that hosts the system (allocation's configuration), and acts on it alone.
  const { body: allocationConfiguration } = await administrator.get<{ sites: Array<{ id: string; systems: string[] }> }>('/api/allocation/configuration');
  const hostOf = (system: string): string => {
    const host = allocationConfiguration.sites.find((s) => s.systems.includes(system));
    if (!host) throw new Error(`no site hosts ${system} in allocation's configuration`);
    return host.id;
  };
  const siteAs = (role: 'site' | 'technical-assessor', userId: string, system: string) =>
    PlatformClient.as(baseUrl, role, { userId, organisationId: `site-${hostOf(system)}`, siteId: hostOf(system) });
  const assessor = (system: string) => siteAs('technical-assessor', `assessor-${system}`, system);
  const site = (system: string) => siteAs('site', `site-${hostOf(system)}`, system);

  if (options.travel) await seedPast({ options, log, wait, as, intakeOfficer, chair, committee, governance, reviewers, assessor, site, travel: options.travel, result });

  const now = options.now();
  const today = isoDate(now);

  // ---- the applications of the demo ----
  const firstOfNextMonth = addMonthsIso(`${today.slice(0, 8)}01`, 1);
  const cutOffs = nextCutOffs(now, 4);
  const largeScaleStart = addMonthsIso(`${isoDate(cutOffs[0]).slice(0, 8)}01`, 1);
  const apps: Record<string, DemoApplication> = {
    'aurora-active': { name: 'aurora-active', organisation: 'aurora', proposal: { title: 'Estonian-Finnic open language model', mode: 'fast-lane', system: 'leonardo', partition: 'booster', gpuHours: 20000, durationMonths: 2, startDate: today, projectSummary: 'Continued pre-training of a 7B open-weight model on Finnic languages, evaluated on public benchmarks.', modelKind: 'language', trainingComputeFlop: 4.2e21, data: 'Public web crawl filtered for Finnic languages; national library texts under licence' } },
    'lumen-active': { name: 'lumen-active', organisation: 'lumen', proposal: { title: 'Foundation model for Nordic forest imagery', mode: 'fast-lane', system: 'lumi', partition: 'lumi-g', gpuHours: 30000, durationMonths: 3, startDate: today, projectSummary: 'A vision transformer pre-trained on satellite and drone imagery of boreal forests, to map storm damage and bark-beetle outbreaks.', modelKind: 'vision', trainingComputeFlop: 9.5e21, data: 'Sentinel-2 and national forest inventory imagery (open licences)' } },
    'sardana-suspended': { name: 'sardana-suspended', organisation: 'sardana', proposal: { title: 'Catalan speech recognition fine-tuning', mode: 'playground', system: 'marenostrum5', partition: 'acc', gpuHours: 2000, durationMonths: 1, startDate: today, projectSummary: 'Fine-tuning an open speech recognition model on Catalan and Valencian broadcast speech.', modelKind: 'language', trainingComputeFlop: 6e20, data: 'Common Voice Catalan and public broadcast archives', personalData: true } },
    'volta-awarded': { name: 'volta-awarded', organisation: 'volta', proposal: { title: 'Protein language model for enzyme design', mode: 'fast-lane', system: 'vega', partition: 'gpu', gpuHours: 12000, durationMonths: 2, startDate: firstOfNextMonth, projectSummary: 'Training a 650M protein language model to propose thermostable enzyme variants for green chemistry.', modelKind: 'other', trainingComputeFlop: 1.1e21, data: 'UniProt and PDB (open licences)' } },
    'tessellate-large-scale': { name: 'tessellate-large-scale', organisation: 'tessellate', proposal: { title: 'Multimodal foundation model for warehouse robotics', mode: 'large-scale', system: 'jupiter', partition: 'booster', gpuHours: 600000, durationMonths: 6, startDate: largeScaleStart, projectSummary: 'A 13B vision-language-action model trained on teleoperation logs to let mobile manipulators learn new picking tasks from few demonstrations.', modelKind: 'multimodal', trainingComputeFlop: 3.1e23, data: 'Own teleoperation logs; open robotics datasets (Open X-Embodiment)' } },
    'volta-ethics-review': { name: 'volta-ethics-review', organisation: 'volta', proposal: { title: 'Clinical notes language model for Italian hospitals', mode: 'large-scale', system: 'leonardo', partition: 'booster', gpuHours: 360000, durationMonths: 12, startDate: largeScaleStart, projectSummary: 'A medical language model pre-trained on de-identified Italian clinical notes to assist coding of discharge letters.', modelKind: 'language', trainingComputeFlop: 1.8e23, data: 'De-identified clinical notes of three partner hospitals under data-sharing agreements', personalData: true, issueCategories: ['data-protection', 'health'] } },
    'brightwater-ethics-information': { name: 'brightwater-ethics-information', organisation: 'brightwater', proposal: { title: 'Voice cloning for accessible audiobooks', mode: 'fast-lane', system: 'discoverer-plus', partition: 'dgx', gpuHours: 10000, durationMonths: 1, startDate: today, projectSummary: 'Text-to-speech voices for Irish-language audiobooks, read by consenting voice actors.', modelKind: 'language', trainingComputeFlop: 2e20, data: 'Recordings of consenting voice actors; public-domain Irish texts', personalData: true, issueCategories: ['data-protection', 'deception'] } },
    'polder-refused': { name: 'polder-refused', organisation: 'polder', proposal: { title: 'Emotion recognition for workplace monitoring', mode: 'fast-lane', system: 'leonardo', partition: 'booster', gpuHours: 15000, durationMonths: 2, startDate: today, projectSummary: 'Inferring the emotions of call-centre employees from webcam video to score their engagement.', modelKind: 'vision', trainingComputeFlop: 8e20, data: 'Webcam recordings of employees of client companies', personalData: true, prohibitedPractice: true, issueCategories: ['data-protection', 'surveillance'] } },
    'wisla-information-requested': { name: 'wisla-information-requested', organisation: 'wisla', proposal: { title: 'Polish legal document retrieval model', mode: 'fast-lane', system: 'meluxina', partition: 'gpu', gpuHours: 18000, durationMonths: 3, startDate: firstOfNextMonth, projectSummary: 'Embedding and re-ranking models for Polish court rulings and statutes.', modelKind: 'language', trainingComputeFlop: 1.5e21, data: 'Public court rulings (SAOS) and the Journal of Laws' } },
    'wisla-ineligible': { name: 'wisla-ineligible', organisation: 'wisla', proposal: { title: 'Baltic shipping forecast experiments', mode: 'playground', system: 'karolina', partition: 'qgpu', gpuHours: 8000, durationMonths: 2, startDate: firstOfNextMonth, projectSummary: 'Trying graph neural networks for port congestion forecasts on AIS data.', modelKind: 'other', trainingComputeFlop: 2e20, data: 'Open AIS vessel positions' } },
    'brightwater-screening': { name: 'brightwater-screening', organisation: 'brightwater', proposal: { title: 'Irish-language speech synthesis evaluation', mode: 'playground', system: 'vega', partition: 'gpu', gpuHours: 3000, durationMonths: 1, startDate: firstOfNextMonth, projectSummary: 'Listening tests and automatic metrics for Irish-language synthetic speech.', modelKind: 'language', trainingComputeFlop: 5e19, data: 'Public-domain Irish texts' } },
    'polder-submitted': { name: 'polder-submitted', organisation: 'polder', proposal: { title: 'Dike inspection from drone imagery', mode: 'fast-lane', system: 'jupiter', partition: 'booster', gpuHours: 25000, durationMonths: 2, startDate: firstOfNextMonth, projectSummary: 'Detecting erosion and animal burrows on dikes from drone imagery, with the water boards.', modelKind: 'vision', trainingComputeFlop: 2.4e21, data: 'Drone imagery of the water boards (licensed)' } },
    'sardana-withdrawn': { name: 'sardana-withdrawn', organisation: 'sardana', proposal: { title: 'Basque speech recognition', mode: 'fast-lane', system: 'deucalion', partition: 'gpu', gpuHours: 12000, durationMonths: 2, startDate: firstOfNextMonth, projectSummary: 'Extending the Catalan recogniser to Basque.', modelKind: 'language', trainingComputeFlop: 1e21, data: 'Common Voice Basque', personalData: true } },
    'tessellate-draft': { name: 'tessellate-draft', organisation: 'tessellate', proposal: { title: 'Grasp-success predictor distillation', mode: 'fast-lane', system: 'karolina', partition: 'qgpu', gpuHours: 10000, durationMonths: 1, startDate: firstOfNextMonth, projectSummary: 'Distilling the grasp-success head of our foundation model for on-robot inference.', modelKind: 'vision', trainingComputeFlop: 4e20, data: 'Own teleoperation logs' } },
  };

  // ---- small use cases, each over HTTP ----
  const intakeApplication = (id: string) => intakeOfficer.get(`/api/applications/${id}`).then((r) => r.body as Json);
  const allocationApplication = (id: string) => committee.get(`/api/allocation/applications/${id}`, { expect: [404] }).then((r) => (r.status === 200 ? (r.body as Json) : null));
  const untilIntakeStatus = (id: string, status: string) => wait.until(`application ${id} to be ${status} in intake`, () => intakeApplication(id), (a) => a.status === status);

  async function submit(name: string, options: { submit?: boolean } = {}): Promise<string> {
    const app = apps[name];
    const o = ORG[app.organisation];
    const draft = await applicant(app.organisation).post('/api/applications', { organisationId: o.organisationId, proposal: proposalRequest(app.proposal) }, { idempotencyKey: `demo-draft-${name}` });
    const id: string = draft.body.applicationId;
    result.applications[name] = id;
    if (options.submit === false) return id;
    await applicant(app.organisation).post(`/api/applications/${id}/submit`);
    return id;
  }

  async function screenEligible(id: string): Promise<void> {
    await intakeOfficer.post(`/api/applications/${id}/screening/start`);
    await intakeOfficer.post(`/api/applications/${id}/screening`, { decision: 'eligible', note: 'All automatic checks passed; documents verified.' });
    await wait.until(`application ${id} registered in allocation`, () => allocationApplication(id), (a) => a !== null && a.status !== 'submitted');
    await wait.until(`ethics case of ${id}`, () => chair.get(`/api/ethics/cases/${id}`, { expect: [404] }), (r) => r.status === 200);
  }

  async function assess(name: string, outcome: 'accepted' | 'accepted-with-remarks', remarks?: string): Promise<void> {
    const { system } = apps[name].proposal;
    await (await assessor(system)).post(`/api/allocation/applications/${result.applications[name]}/technical-assessment`, { outcome, ...(remarks ? { remarks } : {}) });
  }

  let principles: string[] = [];
  const ratings = (comment: (p: string) => string, minor: string[] = []) => principles.map((principle) => ({ principle, rating: minor.includes(principle) ? 'minor-issue' : 'no-issue', comment: comment(principle) }));

  async function review(id: string, reviewerId: string, minor: string[] = []): Promise<void> {
    await chair.post(`/api/ethics/cases/${id}/assignments`, { reviewerId });
    const reviewer = reviewers.get(reviewerId) as PlatformClient;
    await reviewer.post(`/api/ethics/cases/${id}/declarations`, { conflict: false, statement: 'I have no link with the applicant and no interest in the outcome.' });
    await reviewer.post(`/api/ethics/cases/${id}/reviews`, { ratings: ratings((p) => (minor.includes(p) ? `Needs attention: ${p} measures should be documented before training starts.` : `Adequately addressed (${p}).`), minor) });
  }

  async function awardContinuous(name: string, reviewerId: string, technical: ['accepted' | 'accepted-with-remarks', string?]): Promise<string> {
    const id = await submit(name);
    await screenEligible(id);
    await assess(name, technical[0], technical[1]);
    await review(id, reviewerId);
    await chair.post(`/api/ethics/cases/${id}/decision`, { outcome: 'cleared' });
    const awarded = await untilIntakeStatus(id, 'awarded');
    result.allocations[name] = awarded.award.allocationId;
    await wait.until(`allocation ${awarded.award.allocationId}`, () => committee.get(`/api/allocation/allocations/${awarded.award.allocationId}`, { expect: [404] }), (r) => r.status === 200);
    return awarded.award.allocationId;
  }

  async function provision(name: string): Promise<Json> {
    const allocationId = result.allocations[name];
    const { system } = apps[name].proposal;
    await (await site(system)).post(`/api/allocation/allocations/${allocationId}/provisioning`, { accountCreated: true, siteReference: `${system}-${allocationId.slice(-6)}` });
    const account = await wait.until(
      `accounting to open the account of ${allocationId}`,
      () => committee.get(`/api/accounting/allocations/${allocationId}`, { expect: [404] }),
      (r) => r.status === 200 && r.body.status === 'active',
    );
    return account.body;
  }

  /**
   * When a job of the demo ended: a share (0 to 1) of the time between the start of the day (UTC)
   * and now. The allocations start today, so every job ends inside the allocation and its month.
   */
  const startOfDay = Date.parse(`${today}T00:00:00.000Z`);
  const endedAt = (share: number) => new Date(Math.floor(startOfDay + share * (now.getTime() - startOfDay)));

  /** Job records as Slurm reports them (the elapsed time says what is charged). */
  function jobs(projectId: string, system: string, partition: string, base: number, specs: Array<{ gpus: number; hours: number; ended: number; state?: string }>, tres: (gpus: number) => string) {
    return specs.map((s, i) => {
      const end = endedAt(s.ended);
      const start = new Date(end.getTime() - s.hours * 3_600_000);
      return {
        system,
        jobId: String(base + i),
        account: projectId,
        partition,
        start: slurmTime(start),
        end: slurmTime(end),
        elapsedRaw: Math.round(s.hours * 3600),
        state: s.state ?? 'COMPLETED',
        allocTres: tres(s.gpus),
        // About 0.45 kWh per GPU-hour, in joules.
        consumedEnergyRaw: Math.round(s.gpus * s.hours * 0.45 * 3_600_000),
      };
    });
  }
  const gresTres = (perNode: number) => (gpus: number) => `billing=${gpus * 8},cpu=${gpus * 8},gres/gpu=${gpus},mem=${gpus * 120}G,node=${Math.ceil(gpus / perNode)}`;

  async function totalsOf(allocationIds: string[]): Promise<{ flop: number; kwh: number }> {
    let flop = 0;
    let kwh = 0;
    for (const id of allocationIds) {
      const account = await committee.get(`/api/accounting/allocations/${id}`);
      flop += account.body.estimatedTrainingFlop;
      kwh += account.body.energyKwh;
    }
    return { flop, kwh };
  }

  let programmeNumbers: Record<(typeof GOVERNANCE_NUMBERS)[number], number>;

  // ---- the steps, in order ----
  const steps: Array<[string, () => Promise<void>]> = [
    ['systems and partitions of the catalogue', async () => {
      const configuration = await committee.get('/api/allocation/configuration');
      const systems: Json[] = configuration.body.systems;
      if (!Array.isArray(systems) || systems.length === 0) throw new Error('seeding demo: the allocation configuration lists no systems');
      log(`seeding demo: catalogue has ${systems.length} systems: ${systems.map((s: Json) => s.name ?? s.id).join(', ')}`);
    }],
    ['ethics reviewers', async () => {
      for (const r of REVIEWERS) await chair.post('/api/ethics/reviewers', r, { idempotencyKey: `demo-reviewer-${r.reviewerId}` });
      principles = (await chair.get('/api/ethics/configuration')).body.principles;
    }],
    ['Large Scale call with its cut-offs', async () => {
      const call = await committee.post('/api/allocation/calls', { mode: 'large-scale', cutOffs: cutOffs.map((c) => c.toISOString()) }, { idempotencyKey: 'demo-call-large-scale' });
      result.callId = call.body.callId;
    }],
    ['governance: first attestations due one month after signing (demo only, restored at the end)', async () => {
      // On the programme's numbers the first attestation is due three months after the signature
      // and opens 30 days before, so none could be submitted today; the officer shortens the first
      // period for the demo organisations and puts the programme's numbers back after they attested.
      const current = await governance.get('/api/governance/configuration');
      programmeNumbers = pickGovernanceNumbers(current.body);
      await governance.put('/api/governance/configuration', { ...programmeNumbers, attestationPeriodMonths: 1, attestationWindowDays: 31 }, { ifMatch: current.etag ?? undefined });
    }],
    ...(Object.keys(ORG) as DemoOrganisationKey[]).map((key): [string, () => Promise<void>] => [`organisation ${ORG[key].legalName} (${ORG[key].country})`, async () => {
      const o = ORG[key];
      await applicant(key).post('/api/organisations', organisationRequest(o), { idempotencyKey: `demo-organisation-${o.organisationId}` });
      await wait.until(`governance to know ${o.organisationId}`, () => governance.get(`/api/governance/organisations/${o.organisationId}`, { expect: [404] }), (r) => r.status === 200);
    }]),
    ...(Object.keys(ORG) as DemoOrganisationKey[]).map((key): [string, () => Promise<void>] => [`pledge signed by the representative of ${ORG[key].legalName}`, async () => {
      const o = ORG[key];
      const versions = await applicant(key).get('/api/governance/pledge-versions');
      const optional = key === 'polder' ? [] : ['human-oversight', 'risk-mitigation', ...(['aurora', 'brightwater'].includes(key) ? ['generated-content-labelling'] : [])];
      await applicant(key).post(`/api/governance/organisations/${o.organisationId}/signatures`, { pledgeVersion: versions.body.currentVersion, optionalCommitments: optional }, { idempotencyKey: `demo-signature-${o.organisationId}` });
      await wait.until(`intake to record the pledge of ${o.organisationId}`, () => intakeOfficer.get(`/api/organisations/${o.organisationId}`), (r) => r.body.pledge !== null);
    }]),
    ['Aurora Models: Fast Lane on Leonardo awarded', async () => void (await awardContinuous('aurora-active', 'rev-anja-kovac', ['accepted']))],
    ['Aurora Models: CINECA opens the project account', async () => void (await provision('aurora-active'))],
    ['Aurora Models: Leonardo sends job records (JSON)', async () => {
      const allocation = (await committee.get(`/api/allocation/allocations/${result.allocations['aurora-active']}`)).body;
      const records = jobs(allocation.projectId, 'leonardo', 'booster', 9_100_412, [
        { gpus: 64, hours: 18, ended: 0.2 },
        { gpus: 64, hours: 20.5, ended: 0.5 },
        { gpus: 32, hours: 6, ended: 0.6, state: 'FAILED' },
        { gpus: 16, hours: 3.25, ended: 0.8 },
        { gpus: 4, hours: 1.5, ended: 0.95 },
      ], gresTres(4));
      await (await site('leonardo')).post('/api/accounting/usage', { records }, { idempotencyKey: `demo-usage-aurora` });
    }],
    ['Lumen Vision: Fast Lane on LUMI awarded (accepted with remarks)', async () => void (await awardContinuous('lumen-active', 'rev-pierre-martin', ['accepted-with-remarks', 'PyTorch for ROCm is not installed as a module: use the LUMI AI container.']))],
    ['Lumen Vision: CSC opens the project account', async () => void (await provision('lumen-active'))],
    ['Lumen Vision: LUMI sends a sacct file', async () => {
      const allocation = (await committee.get(`/api/allocation/allocations/${result.allocations['lumen-active']}`)).body;
      const account = allocation.projectId;
      const lines = ['JobID|JobName|Account|Partition|Start|End|ElapsedRaw|State|AllocTRES|ConsumedEnergyRaw'];
      const specs = [
        { id: '7734101', name: 'vit-pretrain', nodes: 16, hours: 22, ended: 0.3 },
        { id: '7734188', name: 'vit-pretrain', nodes: 16, hours: 23.5, ended: 0.9 },
        { id: '7734190_1', name: 'eval-sweep', nodes: 1, hours: 2, ended: 0.7 },
        { id: '7734190_2', name: 'eval-sweep', nodes: 1, hours: 2.25, ended: 0.75 },
      ];
      for (const s of specs) {
        const end = endedAt(s.ended);
        const start = new Date(end.getTime() - s.hours * 3_600_000);
        const elapsed = Math.round(s.hours * 3600);
        const joules = Math.round(s.nodes * 4 * s.hours * 0.5 * 3_600_000);
        lines.push(`${s.id}|${s.name}|${account}|lumi-g|${slurmTime(start)}|${slurmTime(end)}|${elapsed}|COMPLETED|billing=${s.nodes * 128},cpu=${s.nodes * 56},gres/gpu=${s.nodes * 8},mem=${s.nodes * 480}G,node=${s.nodes}|${joules}`);
        lines.push(`${s.id}.batch|batch|${account}||${slurmTime(start)}|${slurmTime(end)}|${elapsed}|COMPLETED|cpu=56,mem=480G,node=1|`);
      }
      await (await site('lumi')).post('/api/accounting/usage/sacct?system=lumi', `${lines.join('\n')}\n`, { contentType: 'text/plain', idempotencyKey: 'demo-usage-lumen' });
    }],
    ['Sardana Speech: Playground on MareNostrum 5 awarded', async () => void (await awardContinuous('sardana-suspended', 'rev-eleni-papadaki', ['accepted']))],
    ['Sardana Speech: BSC opens the project account', async () => void (await provision('sardana-suspended'))],
    ['Sardana Speech: usage beyond the award, the allocation is suspended', async () => {
      const allocationId = result.allocations['sardana-suspended'];
      const allocation = (await committee.get(`/api/allocation/allocations/${allocationId}`)).body;
      const records = jobs(allocation.projectId, 'marenostrum5', 'acc', 3_502_871, [
        { gpus: 16, hours: 36, ended: 0.1 },
        { gpus: 16, hours: 36, ended: 0.4 },
        { gpus: 16, hours: 36, ended: 0.7 },
        { gpus: 8, hours: 48, ended: 0.95 },
      ], gresTres(4));
      await (await site('marenostrum5')).post('/api/accounting/usage', { records }, { idempotencyKey: 'demo-usage-sardana' });
      await wait.until(`allocation ${allocationId} suspended for overuse`, () => committee.get(`/api/allocation/allocations/${allocationId}`), (r) => r.body.status === 'suspended');
    }],
    ['Volta Bioinformatics: Fast Lane on Vega awarded, account not yet open', async () => void (await awardContinuous('volta-awarded', 'rev-anja-kovac', ['accepted']))],
    ['Tessellate Robotics: Large Scale on JUPITER, cleared with conditions and scored', async () => {
      const id = await submit('tessellate-large-scale');
      await screenEligible(id);
      await assess('tessellate-large-scale', 'accepted');
      await review(id, 'rev-pierre-martin', ['transparency']);
      await review(id, 'rev-eleni-papadaki');
      const dueDate = isoDate(new Date(now.getTime() + 60 * 86_400_000));
      await chair.post(`/api/ethics/cases/${id}/decision`, { outcome: 'cleared-with-conditions', conditions: [{ text: 'Publish a training-data summary covering the teleoperation logs before the first release.', dueDate }] });
      await wait.until(`allocation to record the ethics clearance of ${id}`, () => allocationApplication(id), (a) => a?.ethics === 'cleared-with-conditions');
      await committee.post(`/api/allocation/applications/${id}/scores`, { excellence: 5, innovationAndImpact: 4, implementation: 4 });
      // The list shows the cut-off status (the detail says `registered` for every mode).
      await wait.until(`${id} awaiting the cut-off`, () => committee.get(`/api/allocation/applications?status=awaiting-cut-off&organisationId=${ORG.tessellate.organisationId}`), (r) => r.body.items.some((a: Json) => a.applicationId === id));
    }],
    ['Volta Bioinformatics: Large Scale in ethics review', async () => {
      const id = await submit('volta-ethics-review');
      await screenEligible(id);
      await assess('volta-ethics-review', 'accepted-with-remarks', 'Requested 12 months; the Booster queue limits jobs to 24 h: checkpoint accordingly.');
      await review(id, 'rev-eleni-papadaki', ['privacyAndDataGovernance']);
      await chair.post(`/api/ethics/cases/${id}/assignments`, { reviewerId: 'rev-anja-kovac' });
    }],
    ['Brightwater Labs: ethics asks for more information', async () => {
      const id = await submit('brightwater-ethics-information');
      await screenEligible(id);
      await assess('brightwater-ethics-information', 'accepted');
      await review(id, 'rev-pierre-martin', ['transparency', 'humanAgency']);
      await chair.post(`/api/ethics/cases/${id}/decision`, { outcome: 'information-requested', questions: ['How are the voice actors\' consents recorded, and can they withdraw their voice?', 'How will listeners be told the audiobook voice is synthetic?'] });
      await untilIntakeStatus(id, 'ethics-information-requested');
    }],
    ['Polder Vision: prohibited practice refused at once', async () => {
      const id = await submit('polder-refused');
      await screenEligible(id);
      await untilIntakeStatus(id, 'refused');
    }],
    ['Wisła Analytics: the intake officer asks for information', async () => {
      const id = await submit('wisla-information-requested');
      await intakeOfficer.post(`/api/applications/${id}/screening/start`);
      await intakeOfficer.post(`/api/applications/${id}/screening`, { decision: 'information-requested', questions: ['Please send the latest annual accounts confirming the SME thresholds.'] });
    }],
    ['Wisła Analytics: Playground request above the limit is ineligible', async () => {
      const id = await submit('wisla-ineligible');
      await intakeOfficer.post(`/api/applications/${id}/screening/start`);
      await intakeOfficer.post(`/api/applications/${id}/screening`, { decision: 'ineligible', reasons: ['Playground packages are at most 5,000 GPU-hours: apply to Fast Lane instead.'] });
    }],
    ['Brightwater Labs: an application in screening', async () => {
      const id = await submit('brightwater-screening');
      await intakeOfficer.post(`/api/applications/${id}/screening/start`);
    }],
    ['Polder Vision: an application submitted', async () => void (await submit('polder-submitted'))],
    ['Sardana Speech: an application withdrawn', async () => {
      const id = await submit('sardana-withdrawn');
      await applicant('sardana').post(`/api/applications/${id}/withdraw`, { reason: 'We will extend the Catalan model first and apply again next quarter.' });
    }],
    ['Tessellate Robotics: a draft', async () => void (await submit('tessellate-draft', { submit: false }))],
    ['attestations of the organisations using their allocations', async () => {
      for (const [key, name, summary] of [
        ['aurora', 'aurora-active', 'AI literacy training completed by all 42 staff; model documentation form v1 for the 7B model.'],
        ['lumen', 'lumen-active', 'High-risk systems map updated: no high-risk use; training-data summary published.'],
        ['sardana', 'sardana-suspended', 'Governance strategy adopted by the board; copyright policy published.'],
      ] as Array<[DemoOrganisationKey, string, string]>) {
        const totals = await totalsOf([result.allocations[name]]);
        // Sardana under-declares its energy: the attestation is flagged, never refused.
        const kwh = key === 'sardana' ? Math.round(totals.kwh * 0.5) : totals.kwh;
        await applicant(key).post(`/api/governance/organisations/${ORG[key].organisationId}/attestations`, {
          evidence: { summary, links: [`https://${ORG[key].representative.email.split('@')[1]}/governance/attestation-1.pdf`] },
          declaredTrainingFlop: totals.flop,
          declaredEnergyKwh: kwh,
        }, { idempotencyKey: `demo-attestation-${key}` });
      }
      // Back to the programme's numbers: later periods follow them again.
      const current = await governance.get('/api/governance/configuration');
      await governance.put('/api/governance/configuration', programmeNumbers, { ifMatch: current.etag ?? undefined });
    }],
  ];

  for (const [index, [label, run]] of steps.entries()) {
    log(`seeding demo: ${index + 1}/${steps.length} ${label}`);
    await run();
  }
  if (options.settle) await options.settle();
  result.seeded = true;
  log(`seeding demo: done: ${Object.keys(ORG).length + (options.travel ? Object.keys(DEMO_PAST_ORGANISATIONS).length : 0)} organisations, ${Object.keys(result.applications).length} applications, ${Object.keys(result.allocations).length} allocations`);
  return result;
}

const GOVERNANCE_NUMBERS = ['attestationPeriodMonths', 'attestationWindowDays', 'gracePeriodDays', 'resignPeriodDays', 'computeTolerancePercent'] as const;

function pickGovernanceNumbers(body: Json): Record<(typeof GOVERNANCE_NUMBERS)[number], number> {
  const source = body.configuration ?? body;
  return Object.fromEntries(GOVERNANCE_NUMBERS.map((k) => [k, source[k]])) as Record<(typeof GOVERNANCE_NUMBERS)[number], number>;
}
