import { freePort, startSmtpTestServer } from '@hpc-access/testing';
import type { SmtpTestServer } from '@hpc-access/testing';
import { renderNotification } from '../messages/render';
import { exampleNotification } from '../messages/testing-only/example-notifications';
import type { EmailRequest } from '../shared/delivery-channel';
import { EmailChannel } from './email-channel';

const BASE_URL = 'https://hpc-access.example/ui';
const FROM = 'HPC Access <notify@hpc-access.example>';
const TO = 'ada@applicant.example';

function request(deliveryId: string, overrides: Partial<EmailRequest> = {}): EmailRequest {
  return { deliveryId, to: TO, language: 'en', notification: exampleNotification('allocation-suspended'), ...overrides };
}

describe('the e-mail channel, against a real SMTP server', () => {
  let server: SmtpTestServer;
  let channel: EmailChannel;

  beforeEach(async () => {
    server = await startSmtpTestServer();
    channel = new EmailChannel({ smtpUrl: server.url, from: FROM, baseUrl: BASE_URL, maxConnections: 1 });
  });

  afterEach(async () => {
    channel.close();
    await server.stop();
  });

  it('delivers the notification with its subject, text and HTML, its Message-ID and the link', async () => {
    const content = exampleNotification('allocation-suspended');
    const rendered = renderNotification(content, 'en', BASE_URL);

    const outcome = await channel.send(request('0b6f5a2e-9d1c-5c3e-8f4a-1a2b3c4d5e6f', { notification: content }));

    expect(outcome).toMatchObject({ outcome: 'delivered', status: 250 });
    const [mail] = await server.waitForMessages(1);
    expect(mail.envelope).toEqual({ from: 'notify@hpc-access.example', to: [TO] });
    expect(mail.subject).toBe(rendered.subject);
    expect(mail.messageId).toBe('<0b6f5a2e-9d1c-5c3e-8f4a-1a2b3c4d5e6f@hpc-access.example>');
    expect(mail.header('auto-submitted')).toBe('auto-generated');
    expect(mail.text).toContain(rendered.whatHappened);
    expect(mail.text).toContain(rendered.nextStep);
    expect(mail.text).toContain('https://hpc-access.example/ui/allocations/alloc-205');
    expect(mail.html).toContain('href="https://hpc-access.example/ui/allocations/alloc-205"');
    expect(mail.html).toContain('&lt;B-12&gt;');
    expect(mail.html).not.toContain('<B-12>');
  });

  it('gives two sends of the same delivery the same Message-ID, and another delivery another', async () => {
    expect((await channel.send(request('delivery-1'))).outcome).toBe('delivered');
    expect((await channel.send(request('delivery-1'))).outcome).toBe('delivered');
    expect((await channel.send(request('delivery-2'))).outcome).toBe('delivered');

    const mails = await server.waitForMessages(3);
    expect(mails.map((mail) => mail.messageId)).toEqual(['<delivery-1@hpc-access.example>', '<delivery-1@hpc-access.example>', '<delivery-2@hpc-access.example>']);
    // One pooled connection carried all three.
    expect(server.connectionCount).toBe(1);
  });

  it('sends a delivery repeated after a restart (a new channel) with the same Message-ID', async () => {
    expect((await channel.send(request('delivery-restart'))).outcome).toBe('delivered');
    const restarted = new EmailChannel({ smtpUrl: server.url, from: FROM, baseUrl: BASE_URL });
    try {
      expect((await restarted.send(request('delivery-restart'))).outcome).toBe('delivered');
    } finally {
      restarted.close();
    }

    const mails = await server.waitForMessages(2);
    expect(new Set(mails.map((mail) => mail.messageId))).toEqual(new Set(['<delivery-restart@hpc-access.example>']));
  });

  it('is told to retry when the server answers 451, and the next attempt is delivered', async () => {
    server.failNext(1, 451, { stage: 'data', message: 'Greylisted, try again later' });

    const first = await channel.send(request('delivery-451'));
    expect(first).toMatchObject({ outcome: 'retry', status: 451 });
    expect(server.messages).toHaveLength(0);

    expect((await channel.send(request('delivery-451'))).outcome).toBe('delivered');
    const [mail] = await server.waitForMessages(1);
    expect(mail.messageId).toBe('<delivery-451@hpc-access.example>');
  });

  it('is told the delivery is rejected when the mailbox is unavailable (550), without the address in the reason', async () => {
    server.failNext(1, 550, { stage: 'rcpt', message: `5.1.1 <${TO}>: mailbox unavailable` });

    const outcome = await channel.send(request('delivery-550'));

    expect(outcome).toMatchObject({ outcome: 'rejected', status: 550 });
    expect(outcome.outcome !== 'delivered' && outcome.reason).toContain('mailbox unavailable');
    expect(JSON.stringify(outcome)).not.toContain(TO);
    expect(server.messages).toHaveLength(0);
  });

  it('rejects a malformed address without sending anything', async () => {
    const outcome = await channel.send(request('delivery-bad', { to: 'ada@applicant.example\r\nBcc: everyone@example.org' }));

    expect(outcome).toEqual({ outcome: 'rejected', reason: 'malformed e-mail address' });
    expect(server.connectionCount).toBe(0);
  });
});

describe('the e-mail channel, with the server down', () => {
  it('is told to retry, naming no address', async () => {
    const nobodyListens = `smtp://127.0.0.1:${await freePort()}`;
    const channel = new EmailChannel({ smtpUrl: nobodyListens, from: FROM, baseUrl: BASE_URL, connectionTimeoutMs: 2_000 });
    try {
      const outcome = await channel.send(request('delivery-down'));
      expect(outcome.outcome).toBe('retry');
      expect(outcome.outcome !== 'delivered' && outcome.reason).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);
      expect(JSON.stringify(outcome)).not.toContain(TO);
    } finally {
      channel.close();
    }
  });
});
