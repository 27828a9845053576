import { outcomeOfSendError, redactReason } from './smtp-outcome';

const TO = 'ada@example.eu';

function smtpError(fields: Record<string, unknown>): Error {
  return Object.assign(new Error(String(fields.response ?? 'error')), fields);
}

describe('the outcome of a failed send', () => {
  it('is a retry for a 4xx reply (greylisting, mailbox busy)', () => {
    const outcome = outcomeOfSendError(smtpError({ code: 'EMESSAGE', responseCode: 451, command: 'DATA', response: '451 4.7.1 Greylisted, try later' }), TO);
    expect(outcome).toEqual({ outcome: 'retry', status: 451, reason: 'SMTP 451 at DATA: 451 4.7.1 Greylisted, try later' });
  });

  it('is a rejection for a 5xx reply, without the recipient in the reason', () => {
    const outcome = outcomeOfSendError(
      smtpError({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO:<ada@example.eu>', response: '550 5.1.1 <ada@example.eu>: Recipient address rejected', permanent: true }),
      TO,
    );
    expect(outcome.outcome).toBe('rejected');
    expect(outcome.status).toBe(550);
    expect(JSON.stringify(outcome)).not.toContain('ada@');
    expect(outcome.outcome !== 'delivered' && outcome.reason).toContain('Recipient address rejected');
  });

  it('is a retry for 503 (the session was out of step, not the message refused)', () => {
    expect(outcomeOfSendError(smtpError({ responseCode: 503, response: '503 Bad sequence' }), TO).outcome).toBe('retry');
  });

  it('is a retry when our own credentials are refused: fixed by configuration, not by dropping the mail', () => {
    expect(outcomeOfSendError(smtpError({ code: 'EAUTH', responseCode: 535, response: '535 Authentication failed', permanent: true }), TO).outcome).toBe('retry');
  });

  it.each([
    ['a refused connection', { code: 'ESOCKET', errno: -111, syscall: 'connect', message: 'connect ECONNREFUSED 127.0.0.1:2525' }],
    ['a timeout', { code: 'ETIMEDOUT', message: 'Greeting never received' }],
    ['a DNS failure', { code: 'EDNS', message: 'getaddrinfo ENOTFOUND smtp.example.eu' }],
  ])('is a retry for %s', (_what, fields) => {
    const outcome = outcomeOfSendError(Object.assign(new Error(String(fields.message)), fields), TO);
    expect(outcome).toEqual({ outcome: 'retry', reason: `${fields.code}: ${fields.message}` });
  });
});

describe('a reason for the delivery log', () => {
  it('names no address, the recipient\'s or another', () => {
    expect(redactReason('550 no mailbox ADA@example.eu, ada@example.eu or bob@example.org', TO)).toBe('550 no mailbox <address>, <recipient> or <address>');
  });

  it('is one short line', () => {
    const reason = redactReason(`550 ${'x'.repeat(500)}\r\n more`, TO);
    expect(reason.length).toBeLessThanOrEqual(200);
    expect(reason).not.toMatch(/[\r\n]/);
  });
});
