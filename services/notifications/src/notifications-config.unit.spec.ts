import { DEFAULT_BACKOFF_MS } from './domain/delivery';
import { notificationsConfigFromEnv, parseBackoff } from './notifications-config';

describe('the configuration of notifications', () => {
  it('reads the backoff as durations, a bare number as milliseconds', () => {
    expect(parseBackoff('0, 500ms, 5s, 5m, 2h, 250')).toEqual([0, 500, 5_000, 300_000, 7_200_000, 250]);
  });

  it('refuses a step that is not a duration, naming it', () => {
    expect(() => parseBackoff('0,5 minutes')).toThrow(/"5 minutes"/);
    expect(() => parseBackoff(' , ')).toThrow(/at least one step/);
  });

  it('takes every NOTIFICATIONS_ variable, the base URL falling back to PUBLIC_BASE_URL', () => {
    expect(notificationsConfigFromEnv({
      NOTIFICATIONS_SMTP_URL: 'smtp://127.0.0.1:2525', NOTIFICATIONS_FROM: 'notify@hpc.test', PUBLIC_BASE_URL: 'https://hpc.example.eu',
      NOTIFICATIONS_BACKOFF: '0,1s', NOTIFICATIONS_POLL_MS: '200', NOTIFICATIONS_WEBHOOK_ALLOW_LOCAL_URLS: 'true',
    })).toEqual({
      smtpUrl: 'smtp://127.0.0.1:2525', fromAddress: 'notify@hpc.test', publicBaseUrl: 'https://hpc.example.eu',
      backoffMs: [0, 1_000], pollIntervalMs: 200, dispatcherAutoStart: true, webhooks: { allowLocalUrls: true },
    });
    expect(notificationsConfigFromEnv({ PUBLIC_BASE_URL: 'https://a.eu', NOTIFICATIONS_PUBLIC_BASE_URL: 'https://ui.eu' }).publicBaseUrl).toBe('https://ui.eu');
  });

  it('defaults to no SMTP server and Standard Webhooks\' schedule of eight attempts', () => {
    const config = notificationsConfigFromEnv({});
    expect(config.smtpUrl).toBeUndefined();
    expect(config.backoffMs).toBe(DEFAULT_BACKOFF_MS);
    expect(DEFAULT_BACKOFF_MS.map((ms) => ms / 1000)).toEqual([0, 5, 300, 1_800, 7_200, 18_000, 36_000, 36_000]);
  });
});
