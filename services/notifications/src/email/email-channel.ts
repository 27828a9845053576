import { createTransport } from 'nodemailer';
import type { DeliveryChannel, DeliveryOutcome, EmailRequest } from '../shared/delivery-channel';
import { renderNotification } from '../messages/render';
import { isDeliverableAddress, parseFromAddress } from './address';
import { buildEmailBody } from './email-body';
import { outcomeOfSendError, redactReason } from './smtp-outcome';

export interface EmailChannelOptions {
  /** `smtp://[user:pass@]host[:port]` or `smtps://...` (TLS from the start); STARTTLS is used when offered. */
  smtpUrl: string;
  /** `notify@example.eu` or `HPC Access <notify@example.eu>`; its domain ends every Message-ID. */
  from: string;
  /** Where the staff UI is served; every notification's link is under it. */
  baseUrl: string;
  /** Connections kept open to the server (default 2). */
  maxConnections?: number;
  /** Milliseconds to open a connection, to get the greeting, and of socket silence (defaults 10 s, 10 s, 30 s). */
  connectionTimeoutMs?: number;
  greetingTimeoutMs?: number;
  socketTimeoutMs?: number;
}

/**
 * E-mail over SMTP (ADR 34): one pooled transport for every send. The Message-ID is
 * `<deliveryId@domain of from>`, so a retry or a send repeated after a restart is one message to
 * the receiver. The recipient's address is used for the envelope and never appears in an outcome.
 */
export class EmailChannel implements DeliveryChannel<EmailRequest> {
  private readonly transport;
  private readonly domain: string;

  constructor(private readonly options: EmailChannelOptions) {
    this.domain = parseFromAddress(options.from).domain;
    this.transport = createTransport({
      pool: true,
      url: options.smtpUrl,
      maxConnections: options.maxConnections ?? 2,
      connectionTimeout: options.connectionTimeoutMs ?? 10_000,
      greetingTimeout: options.greetingTimeoutMs ?? 10_000,
      socketTimeout: options.socketTimeoutMs ?? 30_000,
      // Nothing of the message in our logs: it names the recipient.
      logger: false,
      disableFileAccess: true,
      disableUrlAccess: true,
    });
  }

  /** The Message-ID of a delivery, angle brackets included (the same on every attempt). */
  messageIdOf(deliveryId: string): string {
    return `<${deliveryId}@${this.domain}>`;
  }

  async send(request: EmailRequest): Promise<DeliveryOutcome> {
    if (!isDeliverableAddress(request.to)) return { outcome: 'rejected', reason: 'malformed e-mail address' };
    let body;
    try {
      body = buildEmailBody(renderNotification(request.notification, request.language, this.options.baseUrl), request.language);
    } catch (error) {
      return { outcome: 'rejected', reason: `cannot render: ${redactReason(error instanceof Error ? error.message : String(error), request.to)}` };
    }
    try {
      const info = await this.transport.sendMail({
        from: this.options.from,
        to: request.to,
        subject: body.subject,
        text: body.text,
        html: body.html,
        messageId: this.messageIdOf(request.deliveryId),
        headers: {
          'Auto-Submitted': 'auto-generated',
          // Asks Exchange not to send out-of-office replies to an address nobody reads.
          'X-Auto-Response-Suppress': 'All',
        },
      });
      if (info.rejected.length > 0) return { outcome: 'rejected', reason: redactReason(`recipient refused: ${info.response}`, request.to) };
      const status = Number.parseInt(info.response, 10);
      return { outcome: 'delivered', ...(Number.isNaN(status) ? {} : { status }), detail: redactReason(info.response, request.to) };
    } catch (error) {
      return outcomeOfSendError(error, request.to);
    }
  }

  /** Closes the pooled connections (on shutdown). */
  close(): void {
    this.transport.close();
  }
}
