import { expectAccessible, screenshot, signIn, startBrowserHarness, type BrowserHarness, forgetSession } from './browser-harness';
import { arrangeProgramme, type Programme } from './arrange-programme';

const today = new Date().toISOString().slice(0, 10);
const fastLane = (title: string, system: string, partition: string, gpuHours: number) => ({
  title,
  mode: 'fast-lane' as const,
  system,
  partition,
  gpuHours,
  durationMonths: 2,
  startDate: today,
  projectSummary: 'Continued pre-training of an open model, evaluated on public benchmarks.',
  modelKind: 'language' as const,
  trainingComputeFlop: 1e21,
  data: 'Public web crawl',
});
const slurm = (at: Date) => `${at.toISOString().slice(0, 19)}Z`;
/** Job records as a site's agent sends them: ended within the last hours of today. */
function jobs(account: string, base: number, specs: Array<{ gpus: number; hours: number }>) {
  return specs.map((s, i) => {
    const end = new Date(Date.now() - (i + 1) * 60_000);
    return { system: 'leonardo', jobId: String(base + i), account, partition: 'booster', start: slurm(new Date(end.getTime() - s.hours * 3_600_000)), end: slurm(end), elapsedRaw: Math.round(s.hours * 3600), state: 'COMPLETED', allocTres: `billing=${s.gpus * 8},cpu=${s.gpus * 8},gres/gpu=${s.gpus},node=${Math.ceil(s.gpus / 4)}`, consumedEnergyRaw: 1_000_000 };
  });
}

// A site sees and acts on its own systems only; the accounting officer follows the usage it sends.
jest.setTimeout(120_000);

describe('staff UI: site and accounting officer', () => {
  let h: BrowserHarness;
  let programme: Programme;
  let cinecaProject: string;
  let cinecaAllocation: string;
  let cscProject: string;

  beforeAll(async () => {
    h = await startBrowserHarness();
    // CI's two cores are shared: a screen may take longer than the harness's default to load.
    h.page.setDefaultTimeout(30_000);
    programme = await arrangeProgramme(h.baseUrl);
    cinecaAllocation = await programme.awarded('aurora', fastLane('Finnic language model', 'leonardo', 'booster', 20_000));
    const cscAllocation = await programme.awarded('lumen', fastLane('Forest imagery model', 'lumi', 'lumi-g', 30_000));
    cinecaProject = (await programme.committee.get(`/api/allocation/allocations/${cinecaAllocation}`)).body.projectId;
    cscProject = (await programme.committee.get(`/api/allocation/allocations/${cscAllocation}`)).body.projectId;
    await programme.until('the create-project orders', () => programme.committee.get('/api/allocation/site-orders?status=pending&pageSize=100'), (r) => r.body.items.filter((o: { kind: string }) => o.kind === 'create-project').length === 2);
  }, 360_000);

  afterAll(async () => {
    await h?.close();
  });

  it('lands the site on its pending orders and lists its own orders only', async () => {
    await signIn(h.page, h.baseUrl, 'site');
    await h.page.getByRole('heading', { name: '1 waiting for you' }).waitFor();
    await h.page.getByText(`Create project for ${cinecaProject} on leonardo / booster`).waitFor();
    await expectAccessible(h.page, 'site home');
    await screenshot(h.page, 'home-site');
    await h.page.getByRole('link', { name: 'Provisioning orders' }).click();
    await h.page.getByRole('heading', { name: 'Provisioning orders of site cineca' }).waitFor();
    await h.page.getByRole('cell', { name: cinecaProject, exact: true }).waitFor();
    expect(await h.page.getByTestId('site-order').count()).toBe(1);
    expect(await h.page.getByText(cscProject).count()).toBe(0);
    await expectAccessible(h.page, 'site orders');
  });

  it("shows the API's 403 at another site's orders address", async () => {
    await h.page.goto(`${h.baseUrl}/site/sites/${programme.hostOf('lumi')}/orders`);
    await h.page.getByRole('alert').filter({ hasText: 'The API refused: 403' }).waitFor();
    expect(await h.page.getByTestId('site-order').count()).toBe(0);
    expect(await h.page.getByText(cscProject).count()).toBe(0);
    await expectAccessible(h.page, 'another site refused');
  });

  it('lists exactly the orders a bulk acknowledgement touches before it runs', async () => {
    await h.page.getByRole('link', { name: 'Provisioning orders' }).click();
    await h.page.getByRole('checkbox', { name: `Select order ${cinecaProject} Create project` }).check();
    await h.page.getByRole('button', { name: 'Mark the selected orders done (1)' }).click();
    const dialog = h.page.getByRole('dialog', { name: 'Mark these orders done?' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('bulk-items').getByRole('listitem').allTextContents()).toEqual([`${cinecaProject} · Create project · leonardo`]);
    await expectAccessible(h.page, 'bulk confirmation');
    await dialog.getByRole('button', { name: 'Mark them done' }).click();
    await h.page.getByText('1 orders marked done').waitFor();
    // A create-project done is the provisioning: the allocation becomes active.
    await programme.until('the allocation to be active', () => programme.committee.get(`/api/allocation/allocations/${cinecaAllocation}`), (r) => r.body.status === 'active');
  });

  it("shows the site's usage imports with their reports", async () => {
    const site = await programme.as('site', 'site-cineca', 'site-cineca', 'cineca');
    await programme.until('accounting to open the account', () => programme.committee.get(`/api/accounting/allocations/${cinecaAllocation}`, { expect: [404] }), (r) => r.status === 200);
    await site.post('/api/accounting/usage', { records: jobs(cinecaProject, 9_100_400, [{ gpus: 64, hours: 18 }, { gpus: 32, hours: 6 }]) });
    // A record of an account nobody knows: kept, flagged, waiting for the accounting officer.
    await site.post('/api/accounting/usage', { records: jobs('proj-unknown', 9_100_500, [{ gpus: 4, hours: 2 }]) });
    await h.page.getByRole('link', { name: 'Usage imports' }).click();
    await h.page.getByRole('heading', { name: 'Usage imports' }).waitFor();
    await h.page.getByRole('row').filter({ hasText: 'leonardo' }).first().getByRole('link').click();
    await h.page.getByRole('heading', { name: /Import report/ }).waitFor();
    await expectAccessible(h.page, 'site import report');
  });

  it('lands the accounting officer on flagged records and draws an allocation\'s burn-down', async () => {
    await forgetSession(h.page);
    await signIn(h.page, h.baseUrl, 'accounting-officer');
    await h.page.getByRole('heading', { name: '1 waiting for you' }).waitFor();
    await h.page.getByText(/Job 9100500 on leonardo/).waitFor();
    await expectAccessible(h.page, 'accounting home');
    await screenshot(h.page, 'home-accounting-officer');
    await h.page.getByRole('link', { name: 'Allocations', exact: true }).click();
    await h.page.getByRole('link', { name: cinecaProject }).click();
    await h.page.getByRole('heading', { name: `Allocation ${cinecaProject}` }).waitFor();
    await h.page.locator('[data-testid="burn-down-chart"] .recharts-line').first().waitFor();
    await h.page.getByRole('cell', { name: today.slice(0, 7) }).waitFor();
    await expectAccessible(h.page, 'burn-down');
    await screenshot(h.page, 'accounting-officer-burn-down');
  });

  it('imports a sacct file with progress and its report, and says at the field what is missing', async () => {
    await h.page.getByRole('link', { name: 'Import usage' }).click();
    await h.page.getByRole('button', { name: 'Import', exact: true }).click();
    await h.page.getByText('Choose a file').waitFor();
    expect(await h.page.getByText('Required').count()).toBe(2);
    const end = new Date(Date.now() - 30 * 60_000);
    const sacct = ['JobID|JobName|Account|Partition|Start|End|ElapsedRaw|State|AllocTRES|ConsumedEnergyRaw', `9100600|train|${cinecaProject}|booster|${slurm(new Date(end.getTime() - 7_200_000))}|${slurm(end)}|7200|COMPLETED|billing=32,cpu=32,gres/gpu=4,node=1|5000000`].join('\n');
    await h.page.getByRole('textbox', { name: 'Site' }).fill('cineca');
    await h.page.getByRole('textbox', { name: 'System' }).fill('leonardo');
    await h.page.locator('input[type="file"]').setInputFiles({ name: 'sacct.txt', mimeType: 'text/plain', buffer: Buffer.from(sacct) });
    await h.page.getByRole('button', { name: 'Import', exact: true }).click();
    await h.page.getByText('Imported in 1 batches').waitFor();
    await h.page.getByText(/1 charged · 0 duplicates/).waitFor();
    await expectAccessible(h.page, 'usage import');
  });
});
