import type { DeliveryOutcome } from '../shared/delivery-channel';

/** The fields nodemailer sets on its errors (NodemailerError), read defensively. */
interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  permanent?: boolean;
  message?: string;
}

// A 5xx caused by our own settings (credentials, TLS) says nothing about the message: retried, so
// the deliveries wait out the backoff while someone fixes the configuration, rather than being lost.
const OUR_SETUP = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2', 'ETLS', 'EREQUIRETLS', 'ECONFIG']);
const MAX_REASON = 200;

/** A server reply or error text made fit for the delivery log: no address in it, and short. */
export function redactReason(text: string, recipient: string): string {
  let redacted = text;
  if (recipient.length > 0) redacted = redacted.split(recipient).join('<recipient>');
  redacted = redacted.replace(/[^\s<>"'(),;:[\]]+@[^\s<>"'(),;:[\]]+/g, '<address>').replace(/\s+/g, ' ').trim();
  return redacted.length > MAX_REASON ? `${redacted.slice(0, MAX_REASON - 1)}…` : redacted;
}

/**
 * What a failed send means for the dispatcher. An SMTP reply decides by its class (RFC 5321): 4xx
 * (greylisting, mailbox busy) is tried again, 5xx (no such mailbox, refused) is not; 503 and the
 * failures of our own setup are tried again. No reply at all (refused connection, timeout, DNS) is
 * transient.
 */
export function outcomeOfSendError(error: unknown, recipient: string): DeliveryOutcome {
  const smtp: SmtpError = typeof error === 'object' && error !== null ? (error as SmtpError) : { message: String(error) };
  const text = redactReason(smtp.response ?? smtp.message ?? 'unknown error', recipient);
  if (typeof smtp.responseCode === 'number') {
    const permanent = smtp.permanent ?? (smtp.responseCode >= 500 && smtp.responseCode !== 503);
    // The command's name only: `RCPT TO:<address>` carries the recipient.
    const verb = /^(MAIL FROM|RCPT TO|[A-Z]+)/i.exec(smtp.command ?? '')?.[1];
    const command = verb === undefined ? '' : ` at ${verb.toUpperCase()}`;
    const reason = `SMTP ${smtp.responseCode}${command}: ${text}`;
    if (permanent && !OUR_SETUP.has(smtp.code ?? '')) return { outcome: 'rejected', status: smtp.responseCode, reason };
    return { outcome: 'retry', status: smtp.responseCode, reason };
  }
  return { outcome: 'retry', reason: `${smtp.code ?? 'error'}: ${text}` };
}
