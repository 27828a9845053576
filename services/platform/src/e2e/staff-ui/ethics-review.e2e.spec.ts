import { DEMO_ORGANISATIONS, organisationRequest, proposalRequest } from '../../demo/demo-data';
import { expectAccessible, screenshot, signIn, startBrowserHarness, type BrowserHarness, forgetSession } from './browser-harness';

const AURORA = DEMO_ORGANISATIONS.aurora;
const TITLE = 'Estonian-Finnic open language model';
const ANJA = 'Anja Kovač (University of Ljubljana)';
const PIERRE = 'Pierre Martin (Inria)';
const ELENI = 'Eleni Papadaki (Athena RC)';
const INTERNAL = 'Ask the team for the evaluation protocol at the kick-off call.';

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

// The conflict-of-interest path in the browser: the chair assigns with the conflicts shown; an
// assigned reviewer sees nothing of the application until declaring no conflict; one who declares a
// conflict never sees it; a reviewer not assigned is refused; the chair decides on the reviews side by side.
describe('staff UI: ethics review and conflicts of interest', () => {
  let h: BrowserHarness;
  let caseId = '';
  let tokens: Record<'chair' | 'anja' | 'eleni', string>;

  async function as(role: string, person?: string) {
    // One browser page for the whole file: a new person starts from an empty session.
    await h.page.goto(`${h.baseUrl}/sign-in`);
    await forgetSession(h.page);
    await signIn(h.page, h.baseUrl, role, person);
  }

  beforeAll(async () => {
    h = await startBrowserHarness();
    // CI and the shared machine are slow: a first load of the bundle may take longer than the default.
    h.page.setDefaultTimeout(45_000);
    const applicant = await h.token('applicant', { userId: AURORA.representative.userId, organisationId: AURORA.organisationId });
    const officer = await h.token('intake-officer', { userId: 'officer-eva-lindqvist', organisationId: 'eurohpc-ju' });
    tokens = {
      chair: await h.token('ethics-chair', { userId: 'chair-helena-berg', organisationId: 'eurohpc-ethics-board' }),
      anja: await h.token('ethics-reviewer', { userId: 'rev-anja-kovac', organisationId: 'univ-ljubljana' }),
      eleni: await h.token('ethics-reviewer', { userId: 'rev-eleni-papadaki', organisationId: 'athena-rc' }),
    };
    // The organisation registers and signs the pledge (eligibility checks both), then applies.
    expect((await h.call(applicant, 'POST', '/api/organisations', organisationRequest(AURORA))).status).toBe(201);
    const versions = await until('the pledge versions', () => h.call<{ currentVersion: number }>(applicant, 'GET', '/api/governance/pledge-versions'), (r) => r.status === 200);
    await until('governance to know the organisation', () => h.call(applicant, 'GET', `/api/governance/organisations/${AURORA.organisationId}`), (r) => r.status === 200);
    expect((await h.call(applicant, 'POST', `/api/governance/organisations/${AURORA.organisationId}/signatures`, { pledgeVersion: versions.body.currentVersion, optionalCommitments: [] })).status).toBe(201);
    await until('intake to record the pledge', () => h.call<{ pledge: unknown }>(officer, 'GET', `/api/organisations/${AURORA.organisationId}`), (r) => r.status === 200 && r.body.pledge !== null);
    const start = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const proposal = proposalRequest({ title: TITLE, mode: 'fast-lane', system: 'leonardo', partition: 'booster', gpuHours: 20000, durationMonths: 2, startDate: start, projectSummary: 'Continued pre-training of a 7B open-weight model on Finnic languages.', modelKind: 'language', trainingComputeFlop: 4.2e21, data: 'Public web crawl filtered for Finnic languages' });
    const draft = await h.call<{ applicationId: string }>(applicant, 'POST', '/api/applications', { organisationId: AURORA.organisationId, proposal });
    expect(draft.status).toBe(201);
    caseId = draft.body.applicationId;
    expect((await h.call(applicant, 'POST', `/api/applications/${caseId}/submit`)).status).toBe(200);
    expect((await h.call(officer, 'POST', `/api/applications/${caseId}/screening/start`)).status).toBe(200);
    const screened = await h.call(officer, 'POST', `/api/applications/${caseId}/screening`, { decision: 'eligible' });
    expect(screened.status).toBe(200);
    // The reviewer registry: three of the demo, and one affiliated with the applicant (a conflict the chair must see).
    for (const [reviewerId, organisationId] of [['rev-anja-kovac', 'univ-ljubljana'], ['rev-pierre-martin', 'inria'], ['rev-eleni-papadaki', 'athena-rc'], ['rev-kask-aurora', AURORA.organisationId]]) {
      expect((await h.call(tokens.chair, 'POST', '/api/ethics/reviewers', { reviewerId, organisationId, expertise: ['language-models'] })).status).toBe(201);
    }
    await until('the ethics case to open', () => h.call<{ total: number }>(tokens.chair, 'GET', '/api/ethics/cases?status=in-review'), (r) => r.body.total === 1);
    await until('the reviewers to be listed', () => h.call<{ total: number }>(tokens.chair, 'GET', '/api/ethics/reviewers'), (r) => r.body.total === 4);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  }, 240_000);

  it("shows the chair the case waiting, then the reviewers with their conflicts; the chair assigns one", async () => {
    await signIn(h.page, h.baseUrl, 'ethics-chair');
    await h.page.getByRole('heading', { name: '1 waiting for you' }).waitFor();
    await expectAccessible(h.page, 'ethics chair home');
    await screenshot(h.page, 'home-ethics-chair');
    await h.page.getByRole('link', { name: AURORA.organisationId }).click();
    await h.page.getByRole('heading', { name: 'Reviewers' }).waitFor();
    await h.page.getByRole('cell', { name: 'rev-kask-aurora', exact: true }).waitFor();
    // The reviewer of the applicant organisation: the conflict is named and the button is off.
    await h.page.getByText('Affiliated with the applicant').waitFor();
    expect(await h.page.getByRole('button', { name: 'Assign rev-kask-aurora' }).isDisabled()).toBe(true);
    await expectAccessible(h.page, 'ethics case (chair)');
    await h.page.getByRole('button', { name: 'Assign rev-anja-kovac' }).click();
    await h.page.getByText('rev-anja-kovac is assigned').waitFor();
    await h.page.getByText('Has not declared yet').waitFor();
  }, 240_000);

  it('shows an assigned reviewer nothing of the application; after declaring a conflict they never see it', async () => {
    await as('ethics-reviewer', ANJA);
    await h.page.getByRole('heading', { name: '1 waiting for you' }).waitFor();
    await expectAccessible(h.page, 'ethics reviewer home');
    await screenshot(h.page, 'home-ethics-reviewer');
    await h.page.getByRole('link', { name: new RegExp(AURORA.organisationId) }).click();
    await h.page.getByRole('heading', { name: 'Conflict of interest' }).waitFor();
    expect(await h.page.getByText(TITLE).count()).toBe(0);
    expect(await h.page.getByText('Continued pre-training').count()).toBe(0);
    await expectAccessible(h.page, 'declaration (reviewer)');
    // The form checks before sending: a choice and a statement.
    await h.page.getByRole('button', { name: 'Record my declaration' }).click();
    await h.page.getByText('Choose one').waitFor();
    await h.page.getByRole('radio', { name: 'I have a conflict of interest' }).check();
    await h.page.getByRole('textbox', { name: /Statement/ }).fill('I advised Aurora Models on their data strategy last year.');
    await h.page.getByRole('button', { name: 'Record my declaration' }).click();
    await h.page.getByText('you are recused from this case').waitFor();
    await h.page.reload();
    await h.page.getByText('you are recused from this case').waitFor();
    expect(await h.page.getByText(TITLE).count()).toBe(0);
    // And the API agrees: no dossier for a recused reviewer.
    const seen = await h.call<{ dossier?: unknown }>(tokens.anja, 'GET', `/api/ethics/cases/${caseId}`);
    expect(seen.status).toBe(200);
    expect(seen.body.dossier).toBeUndefined();
  }, 240_000);

  it('opens the application to a reviewer only after they declare no conflict; then they rate every principle', async () => {
    await as('ethics-chair');
    await h.page.goto(`${h.baseUrl}/ethics-chair/cases/${caseId}`);
    await h.page.getByText('Declared a conflict: I advised Aurora Models on their data strategy last year.').first().waitFor();
    expect(await h.page.getByRole('button', { name: 'Assign rev-anja-kovac' }).isDisabled()).toBe(true);
    await h.page.getByRole('button', { name: 'Assign rev-pierre-martin' }).click();
    await h.page.getByText('rev-pierre-martin is assigned').waitFor();

    await as('ethics-reviewer', PIERRE);
    await h.page.getByRole('link', { name: new RegExp(AURORA.organisationId) }).click();
    await h.page.getByRole('heading', { name: 'Conflict of interest' }).waitFor();
    expect(await h.page.getByText(TITLE).count()).toBe(0);
    await h.page.getByRole('radio', { name: 'I have no conflict of interest' }).check();
    await h.page.getByRole('textbox', { name: /Statement/ }).fill('I have no professional or financial ties to the applicant.');
    await h.page.getByRole('button', { name: 'Record my declaration' }).click();
    await h.page.getByRole('heading', { name: TITLE }).waitFor();
    await h.page.getByRole('heading', { name: 'Your review' }).waitFor();
    // Every principle wants a rating and a comment: said at the field before anything is sent.
    await h.page.getByRole('button', { name: 'Submit the review' }).click();
    await h.page.getByText('Choose a rating').first().waitFor();
    const principles = h.page.locator('fieldset[aria-label]');
    const count = await principles.count();
    expect(count).toBe(6);
    for (let i = 0; i < count; i++) {
      const principle = principles.nth(i);
      // Fairness gets a minor issue, every other principle none (the order is the dossier's).
      const fairness = ((await principle.getAttribute('aria-label')) ?? '').startsWith('Fairness');
      await principle.getByRole('radio', { name: fairness ? 'Minor issue' : 'No issue' }).check();
      await principle.getByRole('textbox', { name: 'For the applicant' }).fill(fairness ? 'Bias evaluation per language is planned but not yet described.' : 'Adequately addressed.');
      // The internal comment is optional: written for one principle only, for the chair and reviewers.
      if (fairness) await principle.getByRole('textbox', { name: 'Internal, for the chair and reviewers' }).fill(INTERNAL);
    }
    await expectAccessible(h.page, 'review form (reviewer)');
    await h.page.getByRole('button', { name: 'Submit the review' }).click();
    await h.page.getByText(/You submitted your review on/).waitFor();
    await screenshot(h.page, 'ethics-reviewer-review');
  }, 240_000);

  it('refuses a reviewer who is not assigned', async () => {
    await as('ethics-reviewer', ELENI);
    await h.page.getByRole('heading', { name: 'Nothing is waiting for you.' }).waitFor();
    await h.page.goto(`${h.baseUrl}/ethics-reviewer/cases/${caseId}`);
    await h.page.getByText('You are not assigned to this case').waitFor();
    expect(await h.page.getByText(TITLE).count()).toBe(0);
    expect((await h.call(tokens.eleni, 'GET', `/api/ethics/cases/${caseId}`)).status).toBe(403);
    await expectAccessible(h.page, 'case refused (reviewer)');
  }, 240_000);

  it("shows the chair the reviews side by side and records the decision with a condition", async () => {
    await as('ethics-chair');
    await h.page.goto(`${h.baseUrl}/ethics-chair/cases/${caseId}`);
    await h.page.getByRole('heading', { name: 'Reviews side by side' }).waitFor();
    const fairness = h.page.getByRole('row', { name: /Fairness, diversity/ });
    await fairness.getByText('Minor issue').waitFor();
    await fairness.getByText('Bias evaluation per language is planned but not yet described.').waitFor();
    // Both comments, each labelled: the one for the applicant and the internal one.
    await fairness.getByText('For the applicant:').waitFor();
    await fairness.getByText(INTERNAL).waitFor();
    await fairness.getByText('Internal, for the chair and reviewers:').waitFor();
    expect(await h.page.getByText('Internal, for the chair and reviewers:').count()).toBe(1);
    await h.page.getByRole('radio', { name: 'Cleared with conditions' }).check();
    await h.page.getByRole('button', { name: 'Record the decision' }).click();
    await h.page.getByText('Name at least one condition').waitFor();
    await expectAccessible(h.page, 'decision page (chair)');
    await h.page.getByRole('textbox', { name: 'Condition 1', exact: true }).fill('Publish the per-language bias evaluation before the first release.');
    await h.page.getByRole('textbox', { name: /Reasons/ }).fill('One minor fairness issue, addressed by the condition.');
    await h.page.getByRole('button', { name: 'Record the decision' }).click();
    await h.page.getByText('Decision recorded').waitFor();
    await h.page.getByText(/Cleared with conditions on/).waitFor();
    await screenshot(h.page, 'ethics-chair-decision');
    // The applicant's own view of the decided case carries no internal comment (nor any other).
    const applicant = await h.token('applicant', { userId: AURORA.representative.userId, organisationId: AURORA.organisationId });
    const seen = await h.call(applicant, 'GET', `/api/ethics/cases/${caseId}`);
    expect(seen.status).toBe(200);
    expect(JSON.stringify(seen.body)).not.toContain(INTERNAL);
  }, 240_000);

  it('lets the chair read the reviewer registry, filter it by expertise in the URL and register a reviewer, checked as typed', async () => {
    await h.page.getByRole('navigation').getByRole('link', { name: 'Reviewers' }).click();
    await h.page.getByRole('heading', { name: 'Reviewer registry', level: 1 }).waitFor();
    await h.page.getByRole('cell', { name: 'rev-kask-aurora', exact: true }).waitFor();
    const form = h.page.getByRole('region', { name: 'Register a reviewer' });
    await form.getByRole('textbox', { name: /Sign-in id/ }).fill('lena novak');
    await form.getByText('1 to 128 letters, digits').waitFor();
    await form.getByRole('textbox', { name: /Sign-in id/ }).fill('rev-lena-novak');
    await form.getByRole('textbox', { name: /Affiliation/ }).fill('univ-tartu');
    const expertise = form.getByLabel('Expertise', { exact: true });
    await expertise.fill('privacy');
    await expertise.press('Enter');
    await expectAccessible(h.page, 'reviewer registry');
    await form.getByRole('button', { name: 'Register' }).click();
    await h.page.getByText('rev-lena-novak is registered.').waitFor();
    await h.page.getByRole('cell', { name: 'rev-lena-novak', exact: true }).waitFor();
    // The same person again: the API's refusal (409, naming reviewerId) is shown at that field, nothing registered twice.
    const id = form.getByRole('textbox', { name: /Sign-in id/ });
    await id.fill('rev-lena-novak');
    await form.getByRole('textbox', { name: /Affiliation/ }).fill('univ-tartu');
    await form.getByRole('button', { name: 'Register' }).click();
    await form.getByText('reviewer rev-lena-novak is already registered').waitFor();
    expect(await id.getAttribute('aria-invalid')).toBe('true');
    expect((await h.call<{ total: number }>(tokens.chair, 'GET', '/api/ethics/reviewers')).body.total).toBe(5);
    await h.page.getByRole('textbox', { name: 'Filter by expertise' }).fill('privacy');
    await h.page.waitForURL('**/ethics-chair/reviewers?expertise=privacy');
    await h.page.getByRole('cell', { name: 'rev-kask-aurora', exact: true }).waitFor({ state: 'detached' });
    expect(await h.page.getByRole('cell', { name: 'rev-lena-novak', exact: true }).count()).toBe(1);
    await screenshot(h.page, 'ethics-chair-reviewers');
  }, 240_000);
});
