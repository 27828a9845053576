import { DEFAULT_BACKOFF_MS } from './domain/delivery';
import type { WebhookSettings } from './webhooks/webhook.tokens';

/** How notifications reach people: the service's configuration (environment in distributed mode, platform options embedded). */
export interface NotificationsConfig {
  /** `smtp://host:port` (or `smtps://user:pass@host`): where e-mail is handed over. None: e-mail deliveries wait, failing. */
  smtpUrl?: string;
  /** The From address of every e-mail. */
  fromAddress: string;
  /** The staff UI's public base URL: links in messages are absolute under it. */
  publicBaseUrl: string;
  /** Wait before each attempt of a delivery, in ms; its length is the number of attempts. */
  backoffMs: readonly number[];
  /** How often the dispatcher looks for due deliveries. */
  pollIntervalMs: number;
  /** False in tests that run the dispatcher by hand (`NotificationsRuntime.dispatchDue()`). */
  dispatcherAutoStart: boolean;
  /** The webhook channel's settings (`allowLocalUrls` for tests and development; timeouts; rotation overlap). */
  webhooks?: Partial<WebhookSettings>;
}

export const DEFAULT_NOTIFICATIONS_CONFIG: NotificationsConfig = {
  fromAddress: 'HPC Access <notifications@localhost>',
  publicBaseUrl: 'http://localhost:3000',
  backoffMs: DEFAULT_BACKOFF_MS,
  pollIntervalMs: 1_000,
  dispatcherAutoStart: true,
};

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/** `0,5s,5m,30m,2h` -> [0, 5000, 300000, 1800000, 7200000]; a bare number is milliseconds. */
export function parseBackoff(spec: string): number[] {
  const steps = spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (steps.length === 0) throw new Error('NOTIFICATIONS_BACKOFF: at least one step, e.g. 0,5s,5m');
  return steps.map((step) => {
    const match = /^(\d+)(ms|s|m|h)?$/.exec(step);
    if (!match) throw new Error(`NOTIFICATIONS_BACKOFF: "${step}" is not a duration such as 500ms, 5s, 5m or 2h`);
    return Number(match[1]) * UNIT_MS[match[2] ?? 'ms'];
  });
}

/** The configuration from `NOTIFICATIONS_*` variables (and `PUBLIC_BASE_URL`), defaults where unset. */
export function notificationsConfigFromEnv(env: NodeJS.ProcessEnv): NotificationsConfig {
  const d = DEFAULT_NOTIFICATIONS_CONFIG;
  return {
    ...(env.NOTIFICATIONS_SMTP_URL ? { smtpUrl: env.NOTIFICATIONS_SMTP_URL } : {}),
    fromAddress: env.NOTIFICATIONS_FROM ?? d.fromAddress,
    publicBaseUrl: env.NOTIFICATIONS_PUBLIC_BASE_URL ?? env.PUBLIC_BASE_URL ?? d.publicBaseUrl,
    backoffMs: env.NOTIFICATIONS_BACKOFF ? parseBackoff(env.NOTIFICATIONS_BACKOFF) : d.backoffMs,
    pollIntervalMs: env.NOTIFICATIONS_POLL_MS ? Number(env.NOTIFICATIONS_POLL_MS) : d.pollIntervalMs,
    dispatcherAutoStart: d.dispatcherAutoStart,
    ...(env.NOTIFICATIONS_WEBHOOK_ALLOW_LOCAL_URLS === 'true' ? { webhooks: { allowLocalUrls: true } } : {}),
  };
}
