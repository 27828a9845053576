import { startSmtpTestServer, WebhookTestReceiver, type SmtpTestServer } from '@hpc-access/testing';
import { startDistributed, type DistributedHarness } from '../../testing-only/distributed-harness';
import { fourthTryDelivers, playgroundJourneyNotified, restartSendsNoDuplicate, type NotificationsStage, type NotifiedJourney } from '../scenarios/notifications-journey';

const PUBLIC_BASE_URL = 'http://ui.test';

// The same scenarios as the embedded spec, every service a process of its own: notifications
// reads its NOTIFICATIONS_* variables (four tries at once, then an hour's wait by the test's file
// clock). The restart kills the notifications process with SIGKILL and starts another on the
// port the gateway routes to.
describe('notifications along the Playground journey (distributed)', () => {
  let world: DistributedHarness;
  let smtp: SmtpTestServer;
  let stage: NotificationsStage;
  let journey: NotifiedJourney;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    const [org, site] = await Promise.all([WebhookTestReceiver.start(), WebhookTestReceiver.start()]);
    world = await startDistributed({
      serviceEnv: {
        NOTIFICATIONS_SMTP_URL: smtp.url,
        NOTIFICATIONS_FROM: 'HPC Access <notify@hpc-access.test>',
        NOTIFICATIONS_PUBLIC_BASE_URL: PUBLIC_BASE_URL,
        NOTIFICATIONS_BACKOFF: '0,0,0,0,1h,1h',
        NOTIFICATIONS_POLL_MS: '100',
        NOTIFICATIONS_WEBHOOK_ALLOW_LOCAL_URLS: 'true',
      },
    });
    stage = {
      world, smtp, org, site, publicBaseUrl: PUBLIC_BASE_URL, stops: 'crash',
      async restart() {
        const [running] = world.instances('notifications');
        await world.kill(running, 'SIGKILL');
        await world.startInstance('notifications', { port: running.port });
      },
    };
  }, 300_000);
  afterAll(async () => {
    await world?.close();
    await Promise.all([smtp?.stop(), stage?.org.stop(), stage?.site.stop()]);
  }, 120_000);

  it('the journey reaches exactly the people and receivers it concerns, once each, every webhook signed', async () => {
    journey = await playgroundJourneyNotified(stage);
  }, 300_000);

  it('a receiver that fails three times gets the message on the fourth try, under one webhook-id', () => fourthTryDelivers(stage, journey), 60_000);

  it('a restart (SIGKILL) while deliveries wait sends each once, under the id it was tried with, and nothing delivered again', () => restartSendsNoDuplicate(stage, journey), 180_000);
});
