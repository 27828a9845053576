import type { IntegrationEvent } from '@hpc-access/contracts';
import type { BusSubscription, MessageBus, MessageHandler } from '../message-bus';

/** A bus whose broker is down for the next N publishes, then up again. */
export class FlakyBus implements MessageBus {
  publishAttempts = 0;
  private failures = 0;
  private whileDown: () => Promise<void> = async () => undefined;

  constructor(private readonly inner: MessageBus) {}

  /** Refuses the next `count` publishes; `whileDown` runs inside each, to look around mid-outage. */
  failNext(count: number, whileDown: () => Promise<void> = async () => undefined): void {
    this.failures = count;
    this.whileDown = whileDown;
  }

  async publish(topic: string, messages: readonly IntegrationEvent[]): Promise<void> {
    this.publishAttempts++;
    if (this.failures > 0) {
      this.failures--;
      await this.whileDown();
      throw new Error('broker unavailable');
    }
    await this.inner.publish(topic, messages);
  }

  subscribe(topic: string, group: string, handler: MessageHandler): Promise<BusSubscription> {
    return this.inner.subscribe(topic, group, handler);
  }
}
