import type { Page } from 'playwright-core';
import { DEMO_ORGANISATIONS } from '../../demo/demo-data';
import { arrangeProgramme, type Programme } from './arrange-programme';
import { expectAccessible, forgetSession, screenshot, signIn, startBrowserHarness, type BrowserHarness } from './browser-harness';

const BRIGHTWATER = DEMO_ORGANISATIONS.brightwater;
const APPLICANT = 'Siobhán Murphy (Brightwater Labs Ltd)';
const TITLE = 'Irish-language speech model playground';
const CONDITION = 'Publish the licence record of every broadcast used.';
const today = new Date().toISOString().slice(0, 10);
const slurm = (at: Date) => `${at.toISOString().slice(0, 19)}Z`;

/**
 * The last `seconds` before now, once they lie inside the allocation: it starts on its start date at
 * 00:00 UTC and a job that started before that is not charged. Waits only when the run is in the
 * first minutes after midnight UTC (the start date is the day the test began).
 */
async function jobWithinAllocation(allocationStart: string, seconds: number): Promise<{ start: Date; end: Date }> {
  const earliestEnd = Date.parse(`${allocationStart}T00:00:00Z`) + (seconds + 30) * 1000;
  const wait = earliestEnd - (Date.now() - 30_000);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const end = new Date(Date.now() - 30_000);
  return { start: new Date(end.getTime() - seconds * 1000), end };
}

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, label: string | RegExp, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

// One Playground application across every role, in the browser, from the organisation's
// registration to an active allocation with usage and its burn-down. What no screen does is
// arranged through the API and says so: the reviewer registry and the governance numbers (no
// screen yet), the site agent's job records (a machine's job, not a person's).
jest.setTimeout(240_000);

describe('staff UI: a Playground application from registration to usage, every role in the browser', () => {
  let h: BrowserHarness;
  let programme: Programme;
  let applicationId = '';
  let allocationId = '';
  let projectId = '';
  let charged = 0;
  let usageMonth = '';

  async function as(role: string, person?: string) {
    // One browser page for the whole file: each person starts from an empty session.
    await h.page.goto(`${h.baseUrl}/sign-in`);
    await forgetSession(h.page);
    await signIn(h.page, h.baseUrl, role, person);
  }

  beforeAll(async () => {
    h = await startBrowserHarness();
    h.page.setDefaultTimeout(45_000);
    // Registers the demo's ethics reviewers through the API (the registry's screen is tested in ethics-review).
    programme = await arrangeProgramme(h.baseUrl);
    // Attestations open at once: a one-month period whose window (90 days) is already open when
    // the pledge is signed, so the applicant can submit one in this run (the numbers have no screen).
    const governance = await programme.as('governance-officer', 'governance-maria-santos', 'eurohpc-ju');
    const current = await governance.get<Record<string, number>>('/api/governance/configuration');
    const { revision: _revision, ...numbers } = current.body;
    await governance.put('/api/governance/configuration', { ...numbers, attestationPeriodMonths: 1, attestationWindowDays: 90 }, { ifMatch: current.etag ?? '' });
  }, 300_000);

  afterAll(async () => {
    await h?.close();
  }, 120_000);

  it('has the applicant register the organisation, checked as typed, and sign the current pledge', async () => {
    await as('applicant', APPLICANT);
    await h.page.getByText('Register your organisation before you apply').waitFor();
    await h.page.getByRole('link', { name: 'Register it' }).click();
    await h.page.getByRole('heading', { name: 'Register your organisation' }).waitFor();
    const country = h.page.getByRole('textbox', { name: /Country of establishment/ });
    await country.fill('I');
    await h.page.getByText('Two letters: the ISO 3166-1 country code').waitFor();
    expect(await country.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(h.page, 'organisation registration');
    await screenshot(h.page, 'applicant-organisation-register');
    await country.fill(BRIGHTWATER.country);
    await h.page.getByText('Two letters: the ISO 3166-1 country code').waitFor({ state: 'detached' });
    await h.page.getByRole('textbox', { name: 'Legal name' }).fill(BRIGHTWATER.legalName);
    await h.page.getByRole('textbox', { name: /VAT or business registry number/ }).fill(BRIGHTWATER.registrationNumber);
    await h.page.getByRole('textbox', { name: 'Staff headcount' }).fill('21');
    await h.page.getByRole('textbox', { name: /Annual turnover/ }).fill('3.2');
    await h.page.getByRole('textbox', { name: /Balance sheet total/ }).fill('1.8');
    await h.page.getByRole('textbox', { name: 'Contact 1: name' }).fill('Siobhán Murphy');
    await h.page.getByRole('textbox', { name: 'Contact 1: e-mail' }).fill('siobhan@brightwaterlabs.ie');
    await h.page.getByRole('button', { name: 'Register the organisation' }).click();
    // Registered at intake; the pledge appears once the registration has reached governance.
    await h.page.getByRole('heading', { name: BRIGHTWATER.legalName }).waitFor();
    await h.page.getByRole('button', { name: 'Sign the pledge' }).waitFor();
    await h.page.getByRole('heading', { name: 'Core commitments' }).waitFor();
    await h.page.getByRole('button', { name: 'Sign the pledge' }).click();
    await h.page.getByText("Tick this to sign on your organisation's behalf").waitFor();
    await expectAccessible(h.page, 'pledge');
    await screenshot(h.page, 'applicant-pledge');
    await h.page.getByRole('checkbox', { name: /on behalf of my organisation/ }).check();
    await h.page.getByRole('button', { name: 'Sign the pledge' }).click();
    await h.page.getByText(/Version \d+ signed on/).waitFor();
  });

  it('has the applicant draft and submit a Playground application in the guided form', async () => {
    await programme.until('intake to record the pledge', () => programme.committee.get(`/api/organisations/${BRIGHTWATER.organisationId}`), (r) => r.body.pledge !== null);
    await h.page.getByRole('link', { name: 'New application' }).click();
    await h.page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await h.page.getByRole('textbox', { name: 'Project summary' }).fill('Fine-tuning an open speech model for Irish, evaluated on public benchmarks.');
    await choose(h.page, 'Kind of model', 'Language');
    await h.page.getByRole('textbox', { name: /Estimated training compute/ }).fill('1e20');
    await h.page.getByRole('button', { name: 'Next' }).click();
    await choose(h.page, 'Access mode', 'Playground');
    await h.page.getByRole('combobox', { name: 'System' }).click();
    await h.page.getByRole('option', { name: /leonardo/i }).click();
    await choose(h.page, 'Partition', 'booster');
    await h.page.getByRole('textbox', { name: 'GPU-hours', exact: true }).fill('2000');
    await h.page.getByRole('textbox', { name: 'Duration (months)' }).fill('1');
    const start = h.page.getByRole('textbox', { name: 'Start date' });
    await start.fill(today);
    // Not Enter: it would submit the form. Leaving the field is what sets the date.
    await start.blur();
    await h.page.getByRole('button', { name: 'Spread evenly' }).click();
    expect(await h.page.getByRole('textbox', { name: 'GPU-hours per month' }).inputValue()).toBe('2000');
    await h.page.getByRole('button', { name: 'Next' }).click();
    await h.page.getByRole('textbox', { name: 'Training data and where it comes from' }).fill('Public Irish-language broadcasts released under open licences.');
    await h.page.getByRole('radio', { name: 'Yes' }).check();
    await h.page.getByRole('button', { name: 'Next' }).click();
    for (const explanation of await h.page.getByRole('textbox', { name: /: Explanation/ }).all()) await explanation.fill('No issue: open data, outputs reviewed by people.');
    await h.page.getByRole('button', { name: 'Submit for screening' }).click();
    await h.page.getByRole('heading', { name: TITLE }).waitFor();
    await h.page.getByText('The intake officer starts screening').waitFor();
    applicationId = new URL(h.page.url()).pathname.split('/').pop() ?? '';
    expect(applicationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('has the intake officer ask for information, the applicant answer at the field, and the officer find it eligible', async () => {
    await as('intake-officer');
    await h.page.getByRole('heading', { name: '1 waiting for you' }).waitFor();
    await h.page.getByRole('link', { name: TITLE }).click();
    await h.page.getByRole('button', { name: 'Start screening' }).click();
    await h.page.getByRole('heading', { name: 'Automatic rule results' }).waitFor();
    await h.page.getByRole('radio', { name: 'Ask the applicant for information' }).check();
    await h.page.getByRole('textbox', { name: /Questions for the applicant/ }).fill('Which licences cover the broadcast recordings?');
    await h.page.getByRole('button', { name: 'Record the decision' }).click();
    await h.page.getByText('Decision recorded').waitFor();

    await as('applicant', APPLICANT);
    await h.page.getByText('The intake officer asked for information').waitFor();
    await h.page.getByRole('link', { name: TITLE }).first().click();
    await h.page.getByText('Which licences cover the broadcast recordings?').waitFor();
    const answer = h.page.getByRole('textbox', { name: 'Your answer' });
    await answer.fill(' ');
    await h.page.getByText('Required').first().waitFor();
    expect(await answer.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(h.page, 'information request');
    await screenshot(h.page, 'applicant-information-request');
    await answer.fill('All recordings are released under CC BY 4.0 by the broadcaster.');
    await h.page.getByRole('button', { name: 'Send the answer' }).click();
    await h.page.getByText('Answer sent').waitFor();

    await as('intake-officer');
    await h.page.goto(`${h.baseUrl}/intake-officer/applications/${applicationId}`);
    await h.page.getByRole('radio', { name: 'Eligible', exact: true }).check();
    await h.page.getByRole('button', { name: 'Record the decision' }).click();
    await h.page.getByText('Decision recorded').waitFor();
    await programme.until('the ethics case to open', () => programme.committee.get(`/api/allocation/applications/${applicationId}`, { expect: [404] }), (r) => r.status === 200);
  });

  it('has the ethics chair assign a reviewer, the reviewer declare no conflict and rate, the chair ask the applicant, and clear it with a condition', async () => {
    await as('ethics-chair');
    await h.page.getByRole('heading', { name: '1 waiting for you' }).waitFor();
    await h.page.getByRole('link', { name: BRIGHTWATER.organisationId }).click();
    await h.page.getByRole('button', { name: 'Assign rev-anja-kovac' }).click();
    await h.page.getByText('rev-anja-kovac is assigned').waitFor();

    await as('ethics-reviewer', 'Anja Kovač (University of Ljubljana)');
    await h.page.getByRole('link', { name: new RegExp(BRIGHTWATER.organisationId) }).click();
    await h.page.getByRole('radio', { name: 'I have no conflict of interest' }).check();
    await h.page.getByRole('textbox', { name: /Statement/ }).fill('I have no ties to Brightwater Labs.');
    await h.page.getByRole('button', { name: 'Record my declaration' }).click();
    await h.page.getByRole('heading', { name: 'Your review' }).waitFor();
    const principles = h.page.locator('fieldset[aria-label]');
    for (let i = 0; i < (await principles.count()); i++) {
      await principles.nth(i).getByRole('radio', { name: 'No issue' }).check();
      await principles.nth(i).getByRole('textbox', { name: 'For the applicant' }).fill('Adequately addressed.');
    }
    await h.page.getByRole('button', { name: 'Submit the review' }).click();
    await h.page.getByText(/You submitted your review on/).waitFor();

    // The chair asks the applicant first; the answer comes back to the chair through intake.
    await as('ethics-chair');
    await h.page.goto(`${h.baseUrl}/ethics-chair/cases/${applicationId}`);
    await h.page.getByRole('heading', { name: 'Reviews side by side' }).waitFor();
    await h.page.getByRole('radio', { name: 'Ask the applicant for information' }).check();
    await h.page.getByRole('textbox', { name: /Questions for the applicant/ }).fill('How are speakers of minority dialects represented?');
    await h.page.getByRole('button', { name: 'Record the decision' }).click();
    await h.page.getByText('Decision recorded').waitFor();

    await as('applicant', APPLICANT);
    await h.page.getByText('The ethics board asked for information').waitFor();
    await h.page.getByRole('link', { name: TITLE }).first().click();
    await h.page.getByText('The ethics board asks').waitFor();
    await h.page.getByRole('textbox', { name: 'Your answer' }).fill('Three dialect groups are sampled in proportion to their speakers.');
    await h.page.getByRole('button', { name: 'Send the answer' }).click();
    await h.page.getByText('Answer sent').waitFor();
    await programme.until('the answer to reach the chair', () => programme.as('ethics-chair', 'chair-helena-berg', 'eurohpc-ethics-board').then((chair) => chair.get(`/api/ethics/cases/${applicationId}`)), (r) => r.body.status === 'awaiting-decision');

    await as('ethics-chair');
    await h.page.goto(`${h.baseUrl}/ethics-chair/cases/${applicationId}`);
    await h.page.getByRole('heading', { name: 'Reviews side by side' }).waitFor();
    // With a condition: governance then tracks it, and the applicant shows evidence for it.
    await h.page.getByRole('radio', { name: 'Cleared with conditions' }).check();
    await h.page.getByRole('textbox', { name: 'Condition 1', exact: true }).fill(CONDITION);
    await h.page.getByRole('textbox', { name: /Reasons/ }).fill('Sound plan; the licence record should be public.');
    await h.page.getByRole('button', { name: 'Record the decision' }).click();
    await h.page.getByText('Decision recorded').waitFor();
  });

  it('has the technical assessor accept it, and the continuous rule award it', async () => {
    await as('technical-assessor');
    await h.page.getByRole('heading', { name: '1 waiting for you' }).waitFor();
    await h.page.getByRole('main').getByRole('link', { name: new RegExp(BRIGHTWATER.organisationId) }).click();
    await h.page.getByRole('radio', { name: 'Accepted', exact: true }).check();
    await h.page.getByRole('button', { name: 'Record the assessment' }).click();
    await h.page.getByText('Assessed: Accepted').waitFor();
    // Playground is continuous: no committee meeting, the rule awards once both reviews are in.
    const awarded = await programme.until('the award', () => programme.committee.get(`/api/allocation/applications/${applicationId}`), (r) => typeof r.body.allocationId === 'string');
    allocationId = awarded.body.allocationId as string;
    projectId = (await programme.until('the allocation', () => programme.committee.get(`/api/allocation/allocations/${allocationId}`, { expect: [404] }), (r) => r.status === 200)).body.projectId as string;
  });

  it('has the site provision the project account', async () => {
    await programme.until('the create-project order', () => programme.committee.get('/api/allocation/site-orders?status=pending&pageSize=100'), (r) => r.body.items.some((o: { allocationId: string }) => o.allocationId === allocationId));
    await as('site');
    await h.page.getByText(`Create project for ${projectId} on leonardo / booster`).waitFor();
    await h.page.getByRole('link', { name: 'Provisioning orders' }).click();
    await h.page.getByRole('checkbox', { name: `Select order ${projectId} Create project` }).check();
    await h.page.getByRole('button', { name: 'Mark the selected orders done (1)' }).click();
    await h.page.getByRole('dialog', { name: 'Mark these orders done?' }).getByRole('button', { name: 'Mark them done' }).click();
    await h.page.getByText('1 orders marked done').waitFor();
    await programme.until('the allocation to be active', () => programme.committee.get(`/api/allocation/allocations/${allocationId}`), (r) => r.body.status === 'active');
  });

  it("charges usage: the site agent's job records through the API, the accounting officer's sacct file through the UI", async () => {
    await programme.until('accounting to open the account', () => programme.committee.get(`/api/accounting/allocations/${allocationId}`, { expect: [404] }), (r) => r.status === 200);
    // The site agent (a machine) sends what Slurm accounted: 32 GPUs for 7.5 minutes (4 GPU-hours).
    const allocationStart = (await programme.committee.get(`/api/allocation/allocations/${allocationId}`)).body.start as string;
    const agent = await programme.as('site', 'site-cineca', 'site-cineca', 'cineca');
    const job = await jobWithinAllocation(allocationStart, 450);
    await agent.post('/api/accounting/usage', {
      records: [{ system: 'leonardo', jobId: '7300001', account: projectId, partition: 'booster', start: slurm(job.start), end: slurm(job.end), elapsedRaw: 450, state: 'COMPLETED', allocTres: 'billing=256,cpu=256,gres/gpu=32,node=8', consumedEnergyRaw: 9_000_000 }],
    });
    usageMonth = job.end.toISOString().slice(0, 7);
    // The accounting officer imports a sacct file the site mailed: 4 GPUs for 15 minutes (1 GPU-hour).
    await as('accounting-officer');
    await h.page.getByRole('link', { name: 'Import usage' }).click();
    const mailed = await jobWithinAllocation(allocationStart, 900);
    const sacct = ['JobID|JobName|Account|Partition|Start|End|ElapsedRaw|State|AllocTRES|ConsumedEnergyRaw', `7300002|asr|${projectId}|booster|${slurm(mailed.start)}|${slurm(mailed.end)}|900|COMPLETED|billing=32,cpu=32,gres/gpu=4,node=1|2000000`].join('\n');
    await h.page.getByRole('textbox', { name: 'Site' }).fill('cineca');
    await h.page.getByRole('textbox', { name: 'System' }).fill('leonardo');
    await h.page.locator('input[type="file"]').setInputFiles({ name: 'sacct.txt', mimeType: 'text/plain', buffer: Buffer.from(sacct) });
    await h.page.getByRole('button', { name: 'Import', exact: true }).click();
    await h.page.getByText(/1 charged · 0 duplicates/).waitFor();
    const account = await programme.until('both jobs charged', () => programme.committee.get(`/api/accounting/allocations/${allocationId}`), (r) => r.body.jobs === 2);
    charged = account.body.chargedGpuHours as number;
    expect(charged).toBeGreaterThan(0);
  }, 1_260_000); // up to 16 minutes of waiting for the jobs when the run starts just after midnight UTC

  it('shows the applicant the allocation active with its burn-down, and takes an attestation', async () => {
    await as('applicant', APPLICANT);
    // The home lists the allocation; the organisation owes nothing (registered, pledge signed).
    await h.page.getByRole('heading', { name: 'Your allocations' }).waitFor();
    await h.page.getByRole('link', { name: projectId }).waitFor();
    expect(await h.page.getByText('Register your organisation before you apply').count()).toBe(0);
    await expectAccessible(h.page, 'applicant home with an allocation');
    await screenshot(h.page, 'applicant-home-allocation');
    await h.page.getByRole('link', { name: projectId }).click();
    await h.page.getByRole('heading', { name: `Allocation ${projectId}` }).waitFor();
    await h.page.getByText('Active: your project account is open at the site').waitFor();
    const figures = new Intl.NumberFormat('en');
    await h.page.getByText(`Charged ${figures.format(charged)} GPU-hours; ${figures.format(2000 - charged)} left`, { exact: false }).waitFor();
    await h.page.locator('[data-testid="burn-down-chart"] .recharts-line').first().waitFor();
    await h.page.getByRole('cell', { name: usageMonth, exact: true }).waitFor();
    await h.page.getByText('Due once the allocation closes.').waitFor();
    await expectAccessible(h.page, 'applicant allocation');
    // Off the chart: its tooltip would cover the lines in the picture.
    await h.page.mouse.move(0, 0);
    await screenshot(h.page, 'applicant-allocation');

    await h.page.getByRole('link', { name: 'Attestations' }).click();
    await h.page.getByText('Next attestation due').waitFor();
    const attest = h.page.getByRole('region', { name: 'Submit an attestation' });
    const links = attest.getByRole('textbox', { name: /Links to documents/ });
    await links.fill('http://brightwaterlabs.ie/governance.pdf');
    await h.page.getByText(/Not an https link/).waitFor();
    expect(await links.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(h.page, 'attestations');
    await screenshot(h.page, 'applicant-attestations');
    await links.fill('https://brightwaterlabs.ie/governance.pdf');
    await attest.getByRole('textbox', { name: /Evidence: what your organisation did/ }).fill('AI literacy training completed by all 21 staff; copyright policy published.');
    await attest.getByRole('textbox', { name: /Training compute so far/ }).fill('2e19');
    await attest.getByRole('textbox', { name: /Energy so far/ }).fill('11');
    await attest.getByRole('button', { name: 'Submit the attestation' }).click();
    await h.page.getByText('Attestation submitted').waitFor();
    await h.page.getByRole('heading', { name: 'Submitted attestations' }).waitFor();
    expect(await h.page.getByRole('table').last().getByRole('row').count()).toBe(2);

    // The ethics condition, with the evidence that it is met.
    const condition = h.page.getByTestId('obligation').filter({ hasText: CONDITION });
    await condition.getByRole('textbox', { name: /Evidence that the condition is met/ }).fill('The licence record is published with the model card.');
    await condition.getByRole('textbox', { name: /Links to documents/ }).fill('https://brightwaterlabs.ie/licences');
    await condition.getByRole('button', { name: 'Submit the evidence' }).click();
    await condition.getByText('Evidence under review').waitFor();
    await expectAccessible(h.page, 'attestations and conditions');
  });

  it('has the applicant submit the final report once the allocation is closed, checked as typed', async () => {
    // The committee closes it early (the work ended sooner): from its home's active allocations, through the confirmation.
    await as('allocation-committee');
    await h.page.getByRole('region', { name: 'Allocations' }).getByRole('link', { name: 'Active: 1' }).click();
    await h.page.getByRole('link', { name: projectId }).click();
    await h.page.getByRole('button', { name: 'Close early' }).click();
    const dialog = h.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Reason/ }).fill('The fine-tuning finished early.');
    await dialog.getByRole('button', { name: 'Close early' }).click();
    await h.page.getByText(/Closed early by .*: The fine-tuning finished early\./).waitFor();
    await as('applicant', APPLICANT);
    await h.page.goto(`${h.baseUrl}/applicant/allocations/${allocationId}`);
    await h.page.getByText('Closed: submit the final report.').waitFor();
    const results = h.page.getByRole('textbox', { name: 'Results' });
    await results.fill('Done.');
    await h.page.getByText('Between 10 and 20,000 characters').waitFor();
    expect(await results.getAttribute('aria-invalid')).toBe('true');
    await h.page.getByRole('button', { name: 'Submit the final report' }).click();
    await h.page.getByText('The report must acknowledge EuroHPC').waitFor();
    await expectAccessible(h.page, 'final report');
    await screenshot(h.page, 'applicant-final-report');
    await results.fill('The Irish speech model reached a 12 % word error rate on the public benchmark.');
    await h.page.getByRole('textbox', { name: 'Energy used (kWh)' }).fill('11');
    await h.page.getByRole('textbox', { name: 'Compute used (FLOP)' }).fill('2e19');
    await h.page.getByRole('checkbox', { name: /acknowledge the EuroHPC Joint Undertaking/ }).check();
    await h.page.getByRole('button', { name: 'Submit the final report' }).click();
    await h.page.getByText('Final report submitted').waitFor();
    await h.page.getByText(/^Submitted /).waitFor();
  });
});
