import { createTransport } from 'nodemailer';
import { startSmtpTestServer } from './smtp-test-server';
import type { SmtpTestServer } from './smtp-test-server';

describe('startSmtpTestServer', () => {
  let server: SmtpTestServer;

  beforeEach(async () => {
    server = await startSmtpTestServer();
  });

  afterEach(async () => {
    await server.stop();
  });

  const send = (subject: string) =>
    createTransport({ url: server.url }).sendMail({ from: 'a@sender.example', to: 'b@receiver.example', subject, text: `body of ${subject}`, headers: { 'X-Test': subject } });

  it('listens on a free port and keeps what arrived, parsed', async () => {
    expect(server.port).toBeGreaterThan(0);
    await send('first');

    const [mail] = await server.waitForMessages(1);
    expect(mail.envelope).toEqual({ from: 'a@sender.example', to: ['b@receiver.example'] });
    expect(mail.subject).toBe('first');
    expect(mail.text?.trim()).toBe('body of first');
    expect(mail.header('X-Test')).toBe('first');
    expect(mail.messageId).toMatch(/^<.+@.+>$/);
  });

  it('refuses exactly the next N messages with the code asked for, then accepts again', async () => {
    server.failNext(2, 452, { message: 'Insufficient storage' });

    await expect(send('one')).rejects.toMatchObject({ responseCode: 452 });
    await expect(send('two')).rejects.toMatchObject({ responseCode: 452 });
    await send('three');

    const mails = await server.waitForMessages(1);
    expect(mails.map((mail) => mail.subject)).toEqual(['three']);
  });

  it('refuses at the recipient when asked, as a server without that mailbox does', async () => {
    server.failNext(1, 550, { stage: 'rcpt' });

    await expect(send('nobody')).rejects.toMatchObject({ responseCode: 550, command: expect.stringMatching(/^RCPT TO/) });
    expect(server.messages).toHaveLength(0);
  });

  it('forgets what it received when cleared', async () => {
    await send('before');
    await server.waitForMessages(1);
    server.clear();
    expect(server.messages).toHaveLength(0);
  });
});
