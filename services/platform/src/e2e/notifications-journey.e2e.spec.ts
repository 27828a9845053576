import { rmSync } from 'node:fs';
import { startSmtpTestServer, WebhookTestReceiver } from '@hpc-access/testing';
import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';
import { fourthTryDelivers, playgroundJourneyNotified, restartSendsNoDuplicate, type NotificationsStage, type NotifiedJourney } from './scenarios/notifications-journey';

const PUBLIC_BASE_URL = 'http://ui.test';

// Issue 19 in embedded mode: the dispatcher runs on its own (every 50 ms); four tries at once,
// then an hour's wait (the platform's clock, which the test moves). The restart closes the app
// and starts another on the same on-disk database, its clock where the first one's stopped.
describe('notifications along the Playground journey (embedded)', () => {
  let stage: NotificationsStage;
  let journey: NotifiedJourney;
  const notifications = (smtpUrl: string) => ({
    config: { smtpUrl, fromAddress: 'HPC Access <notify@hpc-access.test>', publicBaseUrl: PUBLIC_BASE_URL, backoffMs: [0, 0, 0, 0, 3_600_000, 3_600_000], pollIntervalMs: 50, dispatcherAutoStart: true, webhooks: { allowLocalUrls: true, timeoutMs: 5_000 } },
  });

  beforeAll(async () => {
    const smtp = await startSmtpTestServer();
    const [org, site] = await Promise.all([WebhookTestReceiver.start(), WebhookTestReceiver.start()]);
    let platform: PlatformHarness = await startPlatform({ persist: true, notifications: notifications(smtp.url) });
    stage = {
      world: platform, smtp, org, site, publicBaseUrl: PUBLIC_BASE_URL, stops: 'graceful',
      async restart() {
        const { dataDir } = platform;
        const now = platform.now();
        await platform.close({ keepData: true });
        platform = await startPlatform({ dataDir, persist: true, start: now, notifications: notifications(smtp.url) });
        stage.world = platform;
      },
    };
  }, 60_000);
  afterAll(async () => {
    const platform = stage?.world as PlatformHarness | undefined;
    await platform?.close();
    if (platform) rmSync(platform.dataDir, { recursive: true, force: true });
    await Promise.all([stage?.smtp.stop(), stage?.org.stop(), stage?.site.stop()]);
  });

  it('the journey reaches exactly the people and receivers it concerns, once each, every webhook signed', async () => {
    journey = await playgroundJourneyNotified(stage);
  }, 90_000);

  it('a receiver that fails three times gets the message on the fourth try, under one webhook-id', () => fourthTryDelivers(stage, journey), 30_000);

  it('a restart while deliveries wait sends each once, under the id it was tried with, and nothing delivered again', () => restartSendsNoDuplicate(stage, journey), 60_000);
});
