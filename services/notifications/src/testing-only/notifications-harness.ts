import { startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { NotificationsModule, type NotificationsModuleOptions } from '../notifications.module';
import { NotificationsRuntime } from '../notifications-runtime';
import type { DeliveryChannel, DeliveryOutcome, EmailRequest, WebhookRequest } from '../shared/delivery-channel';

/** A channel that answers what the test scripts, one outcome per send (the last one repeats), and keeps every request. */
export class ScriptedChannel<Request extends EmailRequest | WebhookRequest> implements DeliveryChannel<Request> {
  readonly sent: Request[] = [];
  constructor(private readonly outcomes: DeliveryOutcome[] = [{ outcome: 'delivered', status: 250 }]) {}

  async send(request: Request): Promise<DeliveryOutcome> {
    this.sent.push(request);
    return this.outcomes[Math.min(this.sent.length - 1, this.outcomes.length - 1)];
  }
}

export interface NotificationsHarness extends ServiceHarness {
  runtime: NotificationsRuntime;
  email: ScriptedChannel<EmailRequest>;
}

/** The notifications service alone, its dispatcher driven by hand, e-mail through a scripted channel, retries after 1 s and 2 s. */
export async function startNotificationsHarness(options: { email?: ScriptedChannel<EmailRequest>; module?: Partial<NotificationsModuleOptions> } = {}): Promise<NotificationsHarness> {
  const email = options.email ?? new ScriptedChannel<EmailRequest>();
  const svc = await startServiceHarness({
    module: ({ db, bus, clock }) => NotificationsModule.register({
      db, bus, clock,
      config: { dispatcherAutoStart: false, backoffMs: [0, 1_000, 2_000], publicBaseUrl: 'http://ui.test' },
      channels: { email },
      ...options.module,
    }),
    runtimes: [NotificationsRuntime],
    start: new Date('2026-11-02T09:00:00.000Z'),
  });
  return Object.assign(svc, { runtime: svc.app.get(NotificationsRuntime), email });
}
