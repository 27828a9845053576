import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerError } from 'smtp-server';
import { pollUntil } from './eventually';
import type { EventuallyOptions } from './eventually';

/** One message the server accepted: the SMTP envelope and the message as mailparser read it. */
export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  parsed: ParsedMail;
  /** Angle brackets included, as in the header. */
  messageId?: string;
  subject?: string;
  text?: string;
  html?: string;
  /** Header by lower-case name, as sent (`auto-submitted`, ...). */
  header(name: string): string | undefined;
}

/**
 * Where a failure is answered: `rcpt` refuses the recipient (how a server says "no such mailbox"),
 * `data` refuses the message after reading it (how a greylisting or full server answers).
 */
export type SmtpFailureStage = 'rcpt' | 'data';

export interface SmtpTestServer {
  readonly port: number;
  /** `smtp://127.0.0.1:<port>`, plain (no STARTTLS, no AUTH). */
  readonly url: string;
  /** SMTP connections opened so far (a pooled client opens few). */
  readonly connectionCount: number;
  /** Accepted messages, in the order they arrived. */
  readonly messages: readonly ReceivedMail[];
  /** The next `count` messages are refused with `code` (e.g. 451, 550) and `message`. */
  failNext(count: number, code: number, options?: { stage?: SmtpFailureStage; message?: string }): void;
  /** Waits (polling with a deadline) until at least `count` messages have arrived; returns them all. */
  waitForMessages(count: number, options?: EventuallyOptions): Promise<readonly ReceivedMail[]>;
  /** Forgets the messages received so far. */
  clear(): void;
  stop(): Promise<void>;
}

interface PendingFailure {
  remaining: number;
  code: number;
  stage: SmtpFailureStage;
  message: string;
}

function refusal(failure: PendingFailure): SMTPServerError {
  const error: SMTPServerError = new Error(failure.message);
  error.responseCode = failure.code;
  return error;
}

function headerText(parsed: ParsedMail, name: string): string | undefined {
  const line = parsed.headerLines.find((header) => header.key === name.toLowerCase());
  return line === undefined ? undefined : line.line.slice(line.line.indexOf(':') + 1).trim();
}

/**
 * A real SMTP server on a free loopback port, for tests of what a mailer sends (nodemailer's own
 * smtp-server, parsed with mailparser). Plain SMTP without authentication: test traffic only.
 */
export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const messages: ReceivedMail[] = [];
  let failure: PendingFailure | undefined;
  let connectionCount = 0;

  // Takes one failure for `stage`, if one is pending: counted per message, not per command.
  const takeFailure = (stage: SmtpFailureStage): PendingFailure | undefined => {
    if (failure === undefined || failure.stage !== stage || failure.remaining <= 0) return undefined;
    const taken = failure;
    taken.remaining -= 1;
    if (taken.remaining === 0) failure = undefined;
    return taken;
  };

  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    onConnect(_session, callback) {
      connectionCount += 1;
      callback();
    },
    onRcptTo(_address, _session, callback) {
      const refused = takeFailure('rcpt');
      callback(refused === undefined ? null : refusal(refused));
    },
    onData(stream, session, callback) {
      const refused = takeFailure('data');
      if (refused !== undefined) {
        // The message must be read to its end before the reply is sent.
        stream.on('end', () => callback(refusal(refused)));
        stream.resume();
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            envelope: {
              from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
            },
            parsed,
            messageId: parsed.messageId,
            subject: parsed.subject,
            text: parsed.text,
            html: parsed.html === false ? undefined : parsed.html,
            header: (name) => headerText(parsed, name),
          });
          callback(null);
        })
        .catch((error: Error) => callback(error));
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    get connectionCount() {
      return connectionCount;
    },
    failNext(count, code, options = {}) {
      failure = { remaining: count, code, stage: options.stage ?? 'data', message: options.message ?? `Refused by the test server (${code})` };
    },
    // Polls the count (what a timeout reports), then hands over the messages themselves.
    waitForMessages: async (count, options = {}) => {
      await pollUntil(async () => messages.length, (received) => received >= count, { timeoutMs: 10_000, intervalMs: 20, ...options });
      return messages;
    },
    clear() {
      messages.length = 0;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
