import { NotificationsRuntime } from '@hpc-access/notifications';
import { arrangeProgramme, type Programme } from './arrange-programme';
import { expectAccessible, forgetSession, screenshot, signIn, startBrowserHarness, type BrowserHarness } from './browser-harness';

const APPLICANT = { userId: 'rep-demo-aurora-models', organisationId: 'org-demo-aurora-models' };
const today = new Date().toISOString().slice(0, 10);
const HOOK = 'https://hooks.aurora-models.example/hpc-access';
const playground = (title: string) => ({
  title,
  mode: 'playground' as const,
  system: 'leonardo',
  partition: 'booster',
  gpuHours: 1_000,
  durationMonths: 1,
  startDate: today,
  projectSummary: 'Fine-tuning an open speech model on public Estonian recordings.',
  modelKind: 'language' as const,
  trainingComputeFlop: 1e19,
  data: 'Public speech corpora',
});

interface InboxPage {
  unread: number;
  items: Array<{ notificationId: string; kind: string; subject: { id: string }; link: string; read: boolean }>;
}

// Each step waits up to the page's timeout; the arrangement through the API takes a while on CI's 2 cores.
jest.setTimeout(180_000);

// Issue 19 in the browser: an applicant's application is screened eligible (through the API, as
// the programme's people would); the applicant sees the unread count in the header's bell, opens
// the inbox, follows the notification to the application (which marks it read), and sets where
// e-mail goes. axe checks each new screen; the inbox and the settings are photographed for the README.
describe('staff UI: notifications', () => {
  let h: BrowserHarness;
  let programme: Programme;
  let applicationId: string;
  let unreadBefore: number;

  beforeAll(async () => {
    h = await startBrowserHarness();
    programme = await arrangeProgramme(h.baseUrl);
    applicationId = await programme.registered('aurora', playground('Estonian speech model'));
    const applicant = await programme.as('applicant', APPLICANT.userId, APPLICANT.organisationId);
    const inbox = await programme.until(
      `the screening outcome of ${applicationId} in the applicant's inbox`,
      () => applicant.get<InboxPage>('/api/notifications/inbox?pageSize=100'),
      (r) => r.body.items.some((n) => n.kind === 'screening-outcome' && n.subject.id === applicationId && !n.read),
    );
    unreadBefore = inbox.body.unread;
  }, 360_000);

  afterAll(async () => {
    await h?.close();
  });

  const bell = () => h.page.getByRole('banner').getByRole('link', { name: /^Notifications, / });
  const unreadLabel = (count: number) => (count === 0 ? 'Notifications, none unread' : `Notifications, ${count} unread`);

  it("shows the applicant the unread count in the header's bell", async () => {
    await signIn(h.page, h.baseUrl, 'applicant');
    expect(unreadBefore).toBeGreaterThanOrEqual(1);
    await h.page.getByRole('banner').getByRole('link', { name: unreadLabel(unreadBefore) }).waitFor();
    await expectAccessible(h.page, 'applicant home with the bell');
  });

  it('opens the inbox: what happened, what to do next, unread first', async () => {
    await bell().click();
    await h.page.waitForURL('**/notifications');
    await h.page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const card = h.page.getByRole('article', { name: `Application ${applicationId} is eligible` });
    await card.getByText(`What happened: Application ${applicationId} passed the eligibility screening.`).waitFor();
    await card.getByText(/What to do next: Nothing is needed from you now/).waitFor();
    await card.getByText('Unread', { exact: true }).waitFor();
    await h.page.getByText(`${unreadBefore} unread`, { exact: true }).waitFor();
    await expectAccessible(h.page, 'inbox');
    await screenshot(h.page, 'notifications-inbox');
  });

  it('follows the link to the application, which marks the notification read and lowers the count', async () => {
    await h.page.getByRole('article', { name: `Application ${applicationId} is eligible` }).getByRole('link', { name: `Application ${applicationId} is eligible` }).click();
    await h.page.waitForURL(`**/applicant/applications/${applicationId}`);
    await h.page.getByRole('heading', { name: 'Estonian speech model' }).waitFor();
    await h.page.getByRole('banner').getByRole('link', { name: unreadLabel(unreadBefore - 1) }).waitFor();
    const applicant = await h.token('applicant', APPLICANT);
    const inbox = await h.call<InboxPage>(applicant, 'GET', '/api/notifications/inbox?pageSize=100');
    expect(inbox.body.unread).toBe(unreadBefore - 1);
    expect(inbox.body.items.find((n) => n.subject.id === applicationId && n.kind === 'screening-outcome')?.read).toBe(true);
  });

  it('sets where e-mail goes and which kinds come by e-mail; mandatory kinds stay on', async () => {
    await bell().click();
    await h.page.getByRole('link', { name: 'Notification settings' }).click();
    await h.page.waitForURL('**/notifications/settings');
    const suspended = h.page.getByRole('checkbox', { name: 'Allocation suspended by E-mail' });
    expect(await suspended.isDisabled()).toBe(true);
    expect(await suspended.isChecked()).toBe(true);
    const address = h.page.getByRole('textbox', { name: /E-mail address/ });
    await address.fill('kadri at aurora');
    await h.page.getByText('An e-mail address such as name@example.org').waitFor();
    await address.fill('kadri.tamm@aurora-models.example');
    await h.page.getByRole('checkbox', { name: 'Screening outcome by E-mail' }).uncheck();
    await expectAccessible(h.page, 'notification settings');
    await h.page.getByRole('button', { name: 'Save settings' }).click();
    await h.page.getByText('Your notification settings are saved.').waitFor();
    // The save scrolled the page: a full-page capture from there draws the fixed header mid-page.
    await h.page.evaluate('window.scrollTo(0, 0)');
    await screenshot(h.page, 'notifications-settings');
    const applicant = await h.token('applicant', APPLICANT);
    const me = await h.call<{ email: string; channels: Record<string, string[]> }>(applicant, 'GET', '/api/notifications/me');
    expect(me.body.email).toBe('kadri.tamm@aurora-models.example');
    expect(me.body.channels['screening-outcome']).toEqual(['inbox']);
    expect(me.body.channels['allocation-suspended']).toEqual(['inbox', 'email']);
  });

  it("registers the organisation's webhook endpoint: the secret shown once with a copy button, disabled, enabled, rotated", async () => {
    await bell().click();
    await h.page.getByRole('link', { name: 'Webhooks' }).click();
    await h.page.waitForURL('**/notifications/webhooks');
    await h.page.getByText('No webhook endpoint yet.').waitFor();
    const url = h.page.getByRole('textbox', { name: /Endpoint URL/ });
    await url.fill('http://hooks.aurora-models.example/hpc-access');
    await h.page.getByText('The address must start with https://').waitFor();
    await url.fill(HOOK);
    await h.page.getByRole('textbox', { name: 'Description' }).fill('Operations');
    await h.page.getByRole('button', { name: 'Register' }).click();
    const secret = h.page.getByLabel('Signing secret', { exact: true });
    await secret.waitFor();
    const first = (await secret.textContent()) ?? '';
    expect(first).toMatch(/^whsec_[A-Za-z0-9+/=]+$/);
    await h.page.getByRole('button', { name: 'Copy the secret' }).waitFor();
    await expectAccessible(h.page, 'webhooks with the new secret');
    await screenshot(h.page, 'notifications-webhooks');
    await h.page.getByRole('button', { name: 'I have kept it' }).click();
    expect(await secret.count()).toBe(0);
    const row = h.page.getByRole('row', { name: new RegExp(HOOK) });
    await row.getByText('Enabled').waitFor();
    await row.getByRole('button', { name: `Disable Operations (${HOOK})` }).click();
    await row.getByText('Disabled', { exact: true }).waitFor();
    await row.getByRole('button', { name: `Enable Operations (${HOOK})` }).click();
    await row.getByText('Enabled').waitFor();
    await row.getByRole('button', { name: `Rotate secret of Operations (${HOOK})` }).click();
    await secret.waitFor();
    expect(await secret.textContent()).not.toBe(first);
    await row.getByText(/The previous secret signs too until/).waitFor();
    await h.page.getByRole('button', { name: 'I have kept it' }).click();
  });

  it("shows each attempt in the endpoint's delivery log", async () => {
    // A second screening, now that the organisation has an endpoint: its webhook is tried once
    // (the host does not resolve, so the outcome is a retry), and the log shows the attempt.
    const second = await programme.registered('aurora', playground('Estonian speech model, second run'));
    const applicant = await programme.as('applicant', APPLICANT.userId, APPLICANT.organisationId);
    const endpoints = await applicant.get<Array<{ endpointId: string; url: string }>>('/api/notifications/webhooks');
    const endpointId = endpoints.body.find((e) => e.url === HOOK)?.endpointId as string;
    const runtime = h.app.get(NotificationsRuntime);
    await programme.until(
      `an attempt to deliver the screening of ${second}`,
      async () => {
        await runtime.dispatchDue();
        return applicant.get<{ items: Array<{ outcome: string }> }>(`/api/notifications/webhooks/${endpointId}/deliveries`);
      },
      (r) => r.body.items.length > 0,
    );
    await h.page.getByRole('link', { name: `Delivery log of Operations (${HOOK})` }).click();
    await h.page.waitForURL(`**/notifications/webhooks/${endpointId}`);
    await h.page.getByRole('heading', { name: 'Delivery log' }).waitFor();
    const attempt = h.page.getByRole('row', { name: /Screening outcome/ }).first();
    await attempt.getByText('Retry').first().waitFor();
    await expectAccessible(h.page, 'webhook delivery log');
    await screenshot(h.page, 'notifications-webhook-log');
  });

  it('lists the failed deliveries for a governance officer', async () => {
    await forgetSession(h.page);
    await signIn(h.page, h.baseUrl, 'governance-officer');
    await bell().click();
    await h.page.getByRole('link', { name: 'Failed deliveries' }).click();
    await h.page.waitForURL('**/notifications/deliveries');
    await h.page.getByRole('heading', { name: 'Failed deliveries' }).waitFor();
    await h.page.getByText('No records').waitFor();
    await expectAccessible(h.page, 'failed deliveries');
  });

  it("lets the governance officer manage the organisation's endpoints on its page", async () => {
    await h.page.goto(`${h.baseUrl}/governance-officer/organisations/${APPLICANT.organisationId}`);
    const section = h.page.getByRole('region', { name: /^Webhook endpoints of / });
    const row = section.getByRole('row', { name: new RegExp(HOOK) });
    await row.getByText('Enabled').waitFor();
    await section.getByRole('heading', { name: /^Register an endpoint for / }).waitFor();
    await expectAccessible(h.page, "the organisation's page with its webhook endpoints");
  });

  it('shows no bell to the auditor, who has no inbox', async () => {
    await forgetSession(h.page);
    await signIn(h.page, h.baseUrl, 'auditor');
    await h.page.getByRole('banner').getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await h.page.getByRole('banner').getByRole('link', { name: /^Notifications/ }).count()).toBe(0);
  });
});
