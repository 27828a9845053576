import { organisationBody, proposalBody } from '@hpc-access/service-testing';
import { NotificationsRuntime } from '@hpc-access/notifications';
import { startSmtpTestServer, type SmtpTestServer } from '@hpc-access/testing';
import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

// Issue 19 in embedded mode: a screening officer's request reaches the applicant in their inbox
// and by e-mail at a real SMTP server, with a link to the screen where they answer.
describe('notifications in the embedded platform', () => {
  let platform: PlatformHarness;
  let smtp: SmtpTestServer;
  let applicant: string;
  let officer: string;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    platform = await startPlatform({
      notifications: { config: { smtpUrl: smtp.url, fromAddress: 'HPC Access <notify@hpc-access.test>', publicBaseUrl: 'http://ui.test', backoffMs: [0, 1_000, 2_000] } },
    });
    applicant = await platform.token('applicant', { userId: 'kadri', organisationId: 'org-aurora' });
    officer = await platform.token('intake-officer', { userId: 'olivia' });
    await platform.http.post('/api/organisations').set(auth(applicant)).send(organisationBody()).expect(201);
  });
  afterAll(async () => {
    await platform?.close();
    await smtp?.stop();
  });

  it('an information request at screening is in the applicant\'s inbox and mailbox, once, with the link to answer it', async () => {
    await platform.http.put('/api/notifications/me').set(auth(applicant)).send({ email: 'kadri.tamm@aurora-models.ee', language: 'en' }).expect(200);
    const created = await platform.http.post('/api/applications').set(auth(applicant)).send({ organisationId: 'org-aurora', proposal: proposalBody() }).expect(201);
    const id = created.body.applicationId as string;
    await platform.http.post(`/api/applications/${id}/submit`).set(auth(applicant)).expect(200);
    await platform.http.post(`/api/applications/${id}/screening/start`).set(auth(officer)).expect(200);
    await platform.http.post(`/api/applications/${id}/screening`).set(auth(officer)).send({ decision: 'information-requested', questions: ['Please confirm your pledge signature.'] }).expect(200);
    await platform.settle();

    const inbox = await platform.http.get('/api/notifications/inbox').set(auth(applicant)).expect(200);
    expect(inbox.body.unread).toBe(1);
    expect(inbox.body.items).toEqual([expect.objectContaining({ kind: 'information-requested', link: `/applicant/applications/${id}`, subject: { type: 'application', id }, read: false })]);
    // Another organisation's applicant sees nothing of it.
    const stranger = await platform.token('applicant', { userId: 'mari', organisationId: 'org-other' });
    expect((await platform.http.get('/api/notifications/inbox').set(auth(stranger)).expect(200)).body.total).toBe(0);

    const runtime = platform.app.get(NotificationsRuntime);
    await runtime.dispatchDue();
    const [mail] = await smtp.waitForMessages(1);
    expect(mail.envelope.to).toEqual(['kadri.tamm@aurora-models.ee']);
    expect(mail.text).toContain(`http://ui.test/applicant/applications/${id}`);
    // Delivered: a later pass sends nothing more.
    await platform.advance(60_000);
    await runtime.dispatchDue();
    expect(smtp.messages).toHaveLength(1);
    const log = await platform.http.get('/api/notifications/deliveries?status=delivered').set(auth(await platform.token('administrator'))).expect(200);
    expect(log.body.items).toEqual([expect.objectContaining({ channel: 'email', target: 'kadri', kind: 'information-requested' })]);
    expect(mail.messageId).toContain(log.body.items[0].deliveryId);
  });
});
