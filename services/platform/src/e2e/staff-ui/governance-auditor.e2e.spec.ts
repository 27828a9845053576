import { DEMO_ORGANISATIONS, organisationRequest } from '../../demo/demo-data';
import { expectAccessible, screenshot, signIn, startBrowserHarness, type BrowserHarness, forgetSession } from './browser-harness';

const AURORA = DEMO_ORGANISATIONS.aurora;
const LUMEN = DEMO_ORGANISATIONS.lumen;
const SUSPENSION = 'Training-data summary not published despite two reminders.';

// A deadline, not a number of tries: on a loaded machine each read itself takes a while.
async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, withinMs = 120_000): Promise<T> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

// The governance officer's day (a breach report to decide, pledge versions and who signed which,
// a suspension decided in the browser and shown with its reason) and the auditor reading an entity's history picked by kind and id.
describe('staff UI: the governance officer and the auditor', () => {
  let h: BrowserHarness;

  async function as(role: string) {
    await h.page.goto(`${h.baseUrl}/sign-in`);
    await forgetSession(h.page);
    await signIn(h.page, h.baseUrl, role);
  }

  beforeAll(async () => {
    h = await startBrowserHarness();
    // CI and the shared machine are slow: a first load of the bundle may take longer than the default.
    h.page.setDefaultTimeout(45_000);
    const governance = await h.token('governance-officer', { userId: 'governance-maria-santos', organisationId: 'eurohpc-ju' });
    const officer = await h.token('intake-officer', { userId: 'officer-eva-lindqvist', organisationId: 'eurohpc-ju' });
    // Both register and sign the current pledge; Lumen then withdraws it (grounds for a suspension).
    for (const o of [AURORA, LUMEN]) {
      const applicant = await h.token('applicant', { userId: o.representative.userId, organisationId: o.organisationId });
      expect((await h.call(applicant, 'POST', '/api/organisations', organisationRequest(o))).status).toBe(201);
      await until(`governance to know ${o.organisationId}`, () => h.call(governance, 'GET', `/api/governance/organisations/${o.organisationId}`), (r) => r.status === 200);
    }
    const aurora = await h.token('applicant', { userId: AURORA.representative.userId, organisationId: AURORA.organisationId });
    const lumen = await h.token('applicant', { userId: LUMEN.representative.userId, organisationId: LUMEN.organisationId });
    const versions = await h.call<{ currentVersion: number }>(aurora, 'GET', '/api/governance/pledge-versions');
    for (const [token, o] of [[aurora, AURORA], [lumen, LUMEN]] as const) {
      expect((await h.call(token, 'POST', `/api/governance/organisations/${o.organisationId}/signatures`, { pledgeVersion: versions.body.currentVersion, optionalCommitments: [] })).status).toBe(201);
    }
    expect([200, 201]).toContain((await h.call(lumen, 'POST', `/api/governance/organisations/${LUMEN.organisationId}/withdrawal`, { reason: 'The company leaves the programme.' })).status);
    // A breach report filed by intake; the officer suspends Lumen in the browser (below).
    const report = await h.call(officer, 'POST', '/api/governance/breach-reports', { organisationId: AURORA.organisationId, description: 'The training-data summary promised under the pledge was never published.', evidenceLinks: ['https://example.eu/aurora-model-card'] });
    expect([200, 201]).toContain(report.status);
    await until('the lists to show it all', async () => [
      await h.call<{ total: number }>(governance, 'GET', '/api/governance/breach-reports?status=open'),
      await h.call<{ total: number }>(governance, 'GET', '/api/governance/organisations?status=withdrawn'),
      await h.call<{ items: Array<{ signedVersion: number | null }> }>(governance, 'GET', `/api/governance/organisations?organisationId=${AURORA.organisationId}`),
    ] as const, ([open, withdrawn, signed]) => open.body.total === 1 && withdrawn.body.total === 1 && signed.body.items[0]?.signedVersion === versions.body.currentVersion);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  }, 240_000);

  it('lands the governance officer on what waits: the open breach report', async () => {
    await signIn(h.page, h.baseUrl, 'governance-officer');
    await h.page.getByRole('heading', { name: '1 waiting for you' }).waitFor();
    await h.page.getByRole('link', { name: `Breach report on ${AURORA.organisationId}` }).waitFor();
    await expectAccessible(h.page, 'governance officer home');
    await screenshot(h.page, 'home-governance-officer');
  }, 240_000);

  it('decides the breach report, the missing choice said at the field', async () => {
    await h.page.getByRole('link', { name: `Breach report on ${AURORA.organisationId}` }).click();
    await h.page.getByRole('heading', { name: 'Breach reports' }).waitFor();
    await h.page.getByRole('button', { name: 'Record the decision' }).click();
    await h.page.getByText('Confirm or dismiss').waitFor();
    await expectAccessible(h.page, 'breach reports');
    await h.page.getByRole('radio', { name: 'Dismiss the report' }).check();
    await h.page.getByRole('textbox', { name: /Note/ }).fill('The summary was published on the model card; the report came before it.');
    await h.page.getByRole('button', { name: 'Record the decision' }).click();
    await h.page.getByText('Decision recorded').waitFor();
    await h.page.getByText(/Dismissed on .* The summary was published/).waitFor();
  }, 240_000);

  it('shows the pledge versions and who signed which', async () => {
    await h.page.getByRole('link', { name: 'Pledge versions' }).click();
    await h.page.getByRole('heading', { name: 'Pledge versions and who signed which' }).waitFor();
    await h.page.getByRole('heading', { name: /^Version \d+$/ }).first().waitFor();
    await h.page.getByRole('link', { name: AURORA.legalName }).waitFor();
    await expectAccessible(h.page, 'pledge versions');
  }, 240_000);

  it('suspends Lumen from its page after a confirmation that says what it changes, the missing reason said at the field', async () => {
    await h.page.getByRole('link', { name: 'Organisations' }).click();
    await h.page.getByRole('heading', { name: 'Organisations and their pledges' }).waitFor();
    await h.page.getByRole('link', { name: LUMEN.legalName }).click();
    await h.page.getByRole('heading', { name: LUMEN.legalName, exact: true }).waitFor();
    await h.page.getByRole('button', { name: 'Suspend its allocations' }).click();
    const dialog = h.page.getByRole('dialog', { name: `Suspend every allocation of ${LUMEN.legalName}?` });
    await dialog.getByText(/its jobs stop being scheduled/).waitFor();
    await dialog.getByRole('button', { name: 'Suspend its allocations' }).click();
    await dialog.getByText('Give a reason of at most 2,000 characters').waitFor();
    await expectAccessible(h.page, 'suspension confirmation (governance)');
    await dialog.getByRole('textbox', { name: /Reason/ }).fill(SUSPENSION);
    await dialog.getByRole('button', { name: 'Suspend its allocations' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Suspended, its withdrawn pledge is what stands in the way of lifting it: said beside the action.
    await h.page.getByText('The current pledge is not signed.').waitFor();
    expect(await h.page.getByRole('button', { name: 'Lift the suspension' }).isDisabled()).toBe(true);
  }, 240_000);

  it('shows a suspension with its reason, on the list and on the organisation', async () => {
    await h.page.getByRole('link', { name: 'Suspensions' }).click();
    await h.page.getByText(new RegExp(SUSPENSION)).waitFor();
    await expectAccessible(h.page, 'suspensions');
    await h.page.getByRole('link', { name: LUMEN.legalName }).click();
    await h.page.getByRole('heading', { name: LUMEN.legalName, exact: true }).waitFor();
    await h.page.getByText(new RegExp(SUSPENSION)).waitFor();
    // Aurora's report was dismissed above; Lumen never had one: the card says none is open.
    await h.page.getByRole('region', { name: 'Breach reports still open' }).getByText('No open breach report.').waitFor();
    await expectAccessible(h.page, 'organisation (governance)');
    await h.page.getByRole('link', { name: 'Organisations' }).click();
    await h.page.getByRole('heading', { name: 'Organisations and their pledges' }).waitFor();
    // A Chip's checkbox is visually hidden: the reader clicks its label.
    await h.page.getByRole('group', { name: 'Only' }).getByText('Suspended', { exact: true }).click();
    await h.page.waitForURL(/suspended=true/);
    await h.page.getByRole('link', { name: AURORA.legalName }).waitFor({ state: 'detached' });
    await h.page.getByRole('link', { name: LUMEN.legalName }).waitFor();
    await expectAccessible(h.page, 'organisations (governance)');
  }, 240_000);

  it("changes the attestation period in governance's settings: what changes is listed first, the service's refusal shown at the field", async () => {
    await h.page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await h.page.getByRole('heading', { name: 'Governance settings', level: 1 }).waitFor();
    const intro = h.page.getByText(/^Revision \d+\./);
    const before = Number(/Revision (\d+)/.exec((await intro.textContent()) ?? '')?.[1]);
    const period = h.page.getByRole('textbox', { name: /Attestation period/ });
    await period.fill('30');
    await h.page.getByText('Saving changes 1 setting:').waitFor();
    await h.page.getByRole('button', { name: 'Save a new revision' }).click();
    await h.page.getByText(/attestationPeriodMonths must not be greater than 24/).waitFor();
    expect(await period.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(h.page, 'governance settings');
    await period.fill('4');
    await h.page.getByRole('button', { name: 'Save a new revision' }).click();
    await h.page.getByText(`Revision ${before + 1}.`, { exact: false }).waitFor();
    const governance = await h.token('governance-officer', { userId: 'governance-maria-santos', organisationId: 'eurohpc-ju' });
    expect((await h.call<{ attestationPeriodMonths: number }>(governance, 'GET', '/api/governance/configuration')).body.attestationPeriodMonths).toBe(4);
    // The history below, newest first: the save just made, by whom and what it changed.
    const newest = h.page.getByRole('article').first();
    expect(await newest.getAttribute('aria-label')).toBe(`Revision ${before + 1}`);
    await newest.getByText('governance-maria-santos (governance-officer)').waitFor();
    await newest.getByText(/from \d+ to 4/).waitFor();
    await screenshot(h.page, 'governance-officer-settings');
  }, 240_000);

  // Intake's programme rules page is the settings page above (Vitest covers its reason and history): the home alone here.
  it('lands the administrator on what waits: failed orders and deliveries, the oldest first', async () => {
    await as('administrator');
    await h.page.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
    await h.page.getByRole('heading', { name: /waiting for you|Nothing is waiting/ }).waitFor();
    await expectAccessible(h.page, 'administrator home');
    await screenshot(h.page, 'home-administrator');
  }, 240_000);

  it("lets the auditor pick an entity and read its history, kept in the URL", async () => {
    await as('auditor');
    await h.page.getByRole('heading', { name: 'Histories' }).waitFor();
    await expectAccessible(h.page, 'auditor home');
    await screenshot(h.page, 'home-auditor');
    await h.page.getByRole('combobox', { name: 'Kind of entity' }).click();
    await h.page.getByRole('option', { name: "Organisation's pledge (governance)" }).click();
    await h.page.getByRole('combobox', { name: 'Entity', exact: true }).click();
    await h.page.getByRole('option', { name: AURORA.legalName }).click();
    await h.page.waitForURL(/kind=organisation&id=org-demo-aurora-models/);
    await h.page.getByRole('heading', { name: /events, oldest first/ }).waitFor();
    await h.page.getByRole('cell', { name: /governance-officer|applicant|intake-officer|system/i }).first().waitFor();
    await h.page.reload();
    await h.page.getByRole('heading', { name: /events, oldest first/ }).waitFor();
    await expectAccessible(h.page, 'entity history (auditor)');
    await screenshot(h.page, 'auditor-history');
  }, 240_000);
  it("reads the new histories: intake's organisation and a breach report", async () => {
    await h.page.goto(`${h.baseUrl}/auditor?kind=intake-organisation&id=${AURORA.organisationId}`);
    await h.page.getByRole('heading', { name: /events, oldest first/ }).waitFor();
    // A fresh pick of kind (the entity field would otherwise keep the organisation's name as its search).
    await h.page.goto(`${h.baseUrl}/auditor?kind=breach-report`);
    await h.page.getByRole('combobox', { name: 'Entity', exact: true }).click();
    await h.page.getByRole('option', { name: new RegExp(`^${AURORA.organisationId} · `) }).click();
    await h.page.waitForURL(/kind=breach-report&id=/);
    await h.page.getByRole('heading', { name: /events, oldest first/ }).waitFor();
    expect(await h.page.getByRole('row').count()).toBeGreaterThan(2);
    await expectAccessible(h.page, 'breach report history (auditor)');
  }, 240_000);

  it('reads the timeline across services with ledger index and hash, filtered in the URL', async () => {
    await h.page.getByRole('link', { name: 'Timeline' }).click();
    await h.page.getByRole('heading', { name: 'Timeline across services' }).waitFor();
    await h.page.getByRole('columnheader', { name: 'Ledger index' }).waitFor();
    await h.page.getByRole('cell', { name: /^intake$|^governance$/ }).first().waitFor();
    await h.page.getByRole('textbox', { name: 'Who (user id)' }).fill('governance-maria-santos');
    await h.page.getByRole('button', { name: 'Filter' }).click();
    await h.page.waitForURL(/actorId=governance-maria-santos/);
    await h.page.getByRole('cell', { name: /governance-maria-santos \(governance-officer\)/ }).first().waitFor();
    // The actor column reads `id (role)`; no other column has that shape.
    const actors = await h.page.getByRole('cell', { name: /^[\w.@-]+ \([\w-]+\)$/ }).allTextContents();
    expect(actors.length).toBeGreaterThan(0);
    expect(actors.every((a) => a.startsWith('governance-maria-santos'))).toBe(true);
    await h.page.reload();
    await h.page.getByRole('cell', { name: /governance-maria-santos/ }).first().waitFor();
    await expectAccessible(h.page, 'timeline (auditor)');
    await screenshot(h.page, 'auditor-timeline');
  }, 240_000);

  it('shows an organisation as of now, with the last event applied', async () => {
    await h.page.goto(`${h.baseUrl}/auditor/as-of?entityType=organisation&id=${AURORA.organisationId}&asOf=${new Date().toISOString()}`);
    await h.page.getByRole('heading', { name: new RegExp(`${AURORA.organisationId} as of `) }).waitFor();
    await h.page.getByText('Last event applied', { exact: true }).waitFor();
    // The last event: its type, its position in the stream and when it was recorded.
    await h.page.getByText(/^[A-Z][A-Za-z]+ #\d+ · /).waitFor();
    await expectAccessible(h.page, 'as of (auditor)');
  }, 240_000);

  it("shows the ledger's newest signed checkpoint and that the history matches it", async () => {
    await h.page.getByRole('link', { name: 'Verification' }).click();
    await h.page.getByRole('heading', { name: 'Ledger verification' }).waitFor();
    await h.page.getByText('The stored history matches the newest signed checkpoint.').waitFor();
    await h.page.getByRole('heading', { name: 'Newest signed checkpoint' }).waitFor();
    await h.page.getByText('Tree size (events)').waitFor();
    await expectAccessible(h.page, 'verification (auditor)');
  }, 240_000);

  it('asks the applicant to sign a newer pledge version while the old signature holds, and takes the signature', async () => {
    const governance = await h.token('governance-officer', { userId: 'governance-maria-santos', organisationId: 'eurohpc-ju' });
    const { body: list } = await h.call<{ currentVersion: number }>(governance, 'GET', '/api/governance/pledge-versions');
    const { body: current } = await h.call<{ text: { civilianUse: string } }>(governance, 'GET', `/api/governance/pledge-versions/${list.currentVersion}`);
    const published = await h.call(governance, 'POST', '/api/governance/pledge-versions', { ...current.text, civilianUse: `${current.text.civilianUse} Dual-use requests are declined.` });
    expect(published.status).toBe(201);
    const next = list.currentVersion + 1;
    await as('applicant');
    await h.page.getByText('A new version of the pledge is published').waitFor();
    await h.page.getByRole('link', { name: 'Read it and sign it before your signature lapses' }).click();
    await h.page.getByText(`Version ${list.currentVersion} signed on`).waitFor();
    await h.page.getByText(`Version ${next} of the pledge is published: sign it`).waitFor();
    await h.page.getByText(/Dual-use requests are declined/).waitFor();
    await expectAccessible(h.page, 'new pledge version (applicant)');
    await h.page.getByRole('checkbox', { name: `I sign version ${next} of the pledge on behalf of my organisation` }).check();
    await h.page.getByRole('button', { name: 'Sign the pledge' }).click();
    await h.page.getByText(`Version ${next} signed on`).waitFor();
    expect(await h.page.getByText(`Version ${next} of the pledge is published: sign it`).count()).toBe(0);
    const aurora = await h.token('applicant', { userId: AURORA.representative.userId, organisationId: AURORA.organisationId });
    expect((await h.call<{ signature: { pledgeVersion: number } }>(aurora, 'GET', `/api/governance/organisations/${AURORA.organisationId}`)).body.signature.pledgeVersion).toBe(next);
  }, 240_000);
});
