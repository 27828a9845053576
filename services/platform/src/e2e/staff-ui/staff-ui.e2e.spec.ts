import { expectAccessible, screenshot, signIn, signOut, startBrowserHarness, type BrowserHarness } from './browser-harness';

const ORGANISATION = 'org-demo-aurora-models';

function proposal(title: string, mode: 'playground' | 'fast-lane', gpuHours: number) {
  const principle = { assessment: 'no-issue', explanation: 'No issue: public data, outputs reviewed by people.' };
  return {
    title,
    mode,
    system: 'leonardo',
    partition: 'booster',
    gpuHours,
    durationMonths: 1,
    startDate: '2027-03-01',
    projectSummary: 'Continued pre-training of an open model, evaluated on public benchmarks.',
    modelKind: 'language',
    trainingComputeFlop: 1e20,
    dataSources: { description: 'Public web crawl', personalData: false, copyrightedMaterial: false, tdmOptOutsHonoured: true },
    civilianUse: true,
    openSourceIntention: 'yes',
    monthlyUsagePlan: [gpuHours],
    ethicsSelfAssessment: {
      issueCategories: [],
      prohibitedPractice: false,
      principles: { humanAgency: principle, privacyAndDataGovernance: principle, fairness: principle, wellbeing: principle, transparency: principle, accountabilityAndOversight: principle },
    },
  };
}

// Each step waits up to the page's timeout (browser-harness.ts); a test of several steps on CI's 2
// busy cores needs more than Jest's default minute.
jest.setTimeout(180_000);

// The staff UI in a real browser against the embedded platform: one platform and one Chromium for
// the whole file (CI has 2 cores and little time), the roles one after the other. axe-core checks
// every screen visited; the role homes are photographed for the README.
describe('staff UI in the browser', () => {
  let h: BrowserHarness;
  let starting: Promise<BrowserHarness>;

  beforeAll(async () => {
    starting = startBrowserHarness();
    h = await starting;
  }, 300_000);

  // Also when beforeAll timed out while the platform was still starting: Jest must not be left
  // waiting on a server and a browser nobody closes.
  afterAll(async () => {
    await starting?.then((harness) => harness.close(), () => undefined);
  }, 60_000);

  // The applicant's path: the sign-in page, their home, the guided form that checks as they type,
  // and the API's problem+json shown at the field it names.
  describe('sign-in and the applicant', () => {
    it('opens at / on the sign-in page, which offers a demo person of every role', async () => {
      const response = await h.page.goto(`${h.baseUrl}/`);
      expect(response?.status()).toBe(200);
      await h.page.waitForURL('**/sign-in');
      await h.page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await h.page.getByRole('combobox', { name: 'Role' }).click();
      expect(await h.page.getByRole('option').count()).toBe(11);
      await h.page.keyboard.press('Escape');
      await expectAccessible(h.page, 'sign-in');
      await screenshot(h.page, 'sign-in');
    });

    it('signs an applicant in and lands on their home, which says what waits for them', async () => {
      await signIn(h.page, h.baseUrl, 'applicant');
      await h.page.getByRole('heading', { name: 'Nothing is waiting for you.' }).waitFor();
      await h.page.getByText('Signed in as Kadri Tamm (Aurora Models OÜ) (Applicant)').waitFor();
      await expectAccessible(h.page, 'applicant home');
      await screenshot(h.page, 'home-applicant');
    });

    it('checks the form as the applicant types, at the field', async () => {
      await h.page.getByRole('link', { name: 'New application' }).click();
      const title = h.page.getByRole('textbox', { name: 'Title' });
      await title.fill('ab');
      await h.page.getByText('Between 3 and 200 characters').waitFor();
      expect(await title.getAttribute('aria-invalid')).toBe('true');
      await title.fill('Nordic speech model evaluation');
      await h.page.getByText('Between 3 and 200 characters').waitFor({ state: 'detached' });
      expect(await title.getAttribute('aria-invalid')).not.toBe('true');
      await expectAccessible(h.page, 'application form');
    });

    it("shows the API's problem+json at the field it names, on that field's step", async () => {
      await h.page.getByRole('textbox', { name: 'Project summary' }).fill('Evaluating open speech models on Nordic languages.');
      await h.page.getByRole('button', { name: 'Submit for screening' }).click();
      // The draft is saved (201) and its submission refused (422, proposal.mode missing): the form
      // moves to the Resources step and shows the reason under Access mode.
      const mode = h.page.getByRole('combobox', { name: 'Access mode' });
      await h.page.getByText('the application is missing mode').waitFor();
      expect(await mode.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await mode.getAttribute('aria-describedby')) ?? '';
      expect(await h.page.locator(`[id="${describedBy.split(' ').find((id) => id.includes('error'))}"]`).textContent()).toContain('the application is missing mode');
      await expectAccessible(h.page, 'application form with an API error');
      await screenshot(h.page, 'applicant-form-error');
    });

    it('withdraws the draft after a confirmation that says what it ends, with a reason checked as typed', async () => {
      await h.page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
      // The draft is on the home (its waiting list links to the form, the table to the application).
      const draft = h.page.getByRole('main').getByRole('link', { name: 'Nordic speech model evaluation' }).first();
      const id = /\/applicant\/applications\/([0-9a-f-]+)/.exec((await draft.getAttribute('href')) ?? '')?.[1] ?? '';
      expect(id).not.toBe('');
      await h.page.goto(`${h.baseUrl}/applicant/applications/${id}`);
      await h.page.getByRole('button', { name: 'Withdraw the application' }).click();
      const dialog = h.page.getByRole('dialog');
      await dialog.getByText(/no longer screened, reviewed or awarded/).waitFor();
      const reason = dialog.getByRole('textbox', { name: /Why you withdraw it/ });
      await reason.fill('ok');
      await dialog.getByText('Say why, in a few words (at least 3 characters).').waitFor();
      await expectAccessible(h.page, 'withdraw confirmation');
      await reason.fill('We found capacity at our university instead.');
      await dialog.getByRole('button', { name: 'Withdraw the application' }).click();
      await h.page.getByText('You withdrew this application.').waitFor();
      expect(await h.page.getByRole('button', { name: 'Withdraw the application' }).count()).toBe(0);
      const applicant = await h.token('applicant', { userId: 'rep-demo-aurora-models', organisationId: ORGANISATION });
      expect((await h.call<{ status: string }>(applicant, 'GET', `/api/applications/${id}`)).body.status).toBe('withdrawn');
    });
  });

  // The intake officer's day: the home with what waits, the queue filtered in the URL (and still
  // filtered after a reload), and an application screened with its automatic rule results.
  describe('the intake officer', () => {
    beforeAll(async () => {
      await signOut(h.page);
      const applicant = await h.token('applicant', { userId: 'rep-demo-aurora-models', organisationId: ORGANISATION });
      for (const [title, mode, hours] of [['Playground tokenizer study', 'playground', 2000], ['Fast Lane language model', 'fast-lane', 20000]] as const) {
        const draft = await h.call<{ applicationId: string }>(applicant, 'POST', '/api/applications', { organisationId: ORGANISATION, proposal: proposal(title, mode, hours) });
        expect(draft.status).toBe(201);
        const submitted = await h.call(applicant, 'POST', `/api/applications/${draft.body.applicationId}/submit`, undefined, { 'If-Match': draft.etag ?? '' });
        expect(submitted.status).toBe(200);
      }
      // The queue is a read model: wait until it shows both.
      const officer = await h.token('intake-officer');
      for (let i = 0; i < 100; i++) {
        const list = await h.call<{ total: number }>(officer, 'GET', '/api/applications?status=submitted');
        if (list.body.total === 2) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }, 60_000);

    it('lands on a home saying how many wait, oldest first', async () => {
      await signIn(h.page, h.baseUrl, 'intake-officer');
      await h.page.getByRole('heading', { name: '2 waiting for you' }).waitFor();
      const titles = await h.page.getByRole('main').getByRole('link', { name: /tokenizer|language model/ }).allTextContents();
      expect(titles).toEqual(['Playground tokenizer study', 'Fast Lane language model']);
      await expectAccessible(h.page, 'intake officer home');
      await screenshot(h.page, 'home-intake-officer');
    });

    it('keeps the queue filter in the URL, through a reload', async () => {
      await h.page.getByRole('link', { name: 'Screening queue', exact: true }).click();
      await h.page.getByRole('heading', { name: 'Screening queue' }).waitFor();
      await h.page.getByRole('cell', { name: 'Fast Lane language model' }).waitFor();
      await h.page.getByRole('combobox', { name: 'Mode' }).click();
      await h.page.getByRole('option', { name: 'Playground' }).click();
      await h.page.waitForURL(/\/intake-officer\/queue\?mode=playground$/);
      await h.page.getByRole('cell', { name: 'Fast Lane language model' }).waitFor({ state: 'detached' });
      await h.page.reload();
      await h.page.getByRole('cell', { name: 'Playground tokenizer study' }).waitFor();
      expect(new URL(h.page.url()).search).toBe('?mode=playground');
      expect(await h.page.getByRole('combobox', { name: 'Mode' }).inputValue()).toBe('Playground');
      expect(await h.page.getByRole('cell', { name: 'Fast Lane language model' }).count()).toBe(0);
      await expectAccessible(h.page, 'screening queue');
      await screenshot(h.page, 'intake-officer-queue');
    });

    it('screens an application: the automatic rule results, then a decision with reasons', async () => {
      await h.page.getByRole('link', { name: 'Playground tokenizer study' }).click();
      await h.page.getByRole('button', { name: 'Start screening' }).click();
      await h.page.getByRole('heading', { name: 'Automatic rule results' }).waitFor();
      await h.page.getByRole('cell', { name: 'Known system and partition' }).waitFor();
      await h.page.getByRole('radio', { name: 'Ineligible' }).check();
      await h.page.getByRole('button', { name: 'Record the decision' }).click();
      // Ineligible wants a reason: said at the field, before anything is sent.
      await h.page.getByText('Give at least one reason').waitFor();
      await expectAccessible(h.page, 'screening page');
      await h.page.getByRole('textbox', { name: /Reasons/ }).fill('The organisation is not established in an eligible country.');
      await h.page.getByRole('button', { name: 'Record the decision' }).click();
      await h.page.getByText('Decision recorded').waitFor();
      await h.page.getByText('Reasons given').waitFor();
      await screenshot(h.page, 'intake-officer-screening');
    });

    it('lets the applicant answer the questions with a change to the proposal, in the guided steps', async () => {
      const officer = await h.token('intake-officer');
      const list = await h.call<{ items: Array<{ applicationId: string; title: string | null }> }>(officer, 'GET', '/api/applications?status=submitted');
      const id = list.body.items.find((a) => a.title === 'Fast Lane language model')?.applicationId ?? '';
      expect((await h.call(officer, 'POST', `/api/applications/${id}/screening/start`)).status).toBe(200);
      const asked = await h.call(officer, 'POST', `/api/applications/${id}/screening`, { decision: 'information-requested', questions: ['Is the corpus the one named in the title, or a smaller one?'] });
      expect(asked.status).toBe(200);
      await signOut(h.page);
      await signIn(h.page, h.baseUrl, 'applicant');
      await h.page.goto(`${h.baseUrl}/applicant/applications/${id}`);
      await h.page.getByRole('link', { name: 'Change the proposal with your answer' }).click();
      await h.page.getByRole('heading', { name: 'Answer and change “Fast Lane language model”' }).waitFor();
      await h.page.getByText('Is the corpus the one named in the title, or a smaller one?').waitFor();
      await h.page.getByRole('button', { name: 'Send the answer and the changes' }).click();
      await h.page.getByText('Required').first().waitFor();
      await h.page.getByRole('textbox', { name: 'Your answer' }).fill('A smaller corpus: the title now says so.');
      await h.page.getByRole('textbox', { name: 'Title' }).fill('Fast Lane language model on a curated corpus');
      await expectAccessible(h.page, 'answer with changes');
      await h.page.getByRole('button', { name: 'Send the answer and the changes' }).click();
      await h.page.getByRole('heading', { name: 'Fast Lane language model on a curated corpus' }).waitFor();
      const after = await h.call<{ status: string; proposal: { title: string } }>(officer, 'GET', `/api/applications/${id}`);
      expect(after.body).toMatchObject({ status: 'screening', proposal: { title: 'Fast Lane language model on a curated corpus' } });
    });
  });
});
