import type { IntegrationEvent } from '@hpc-access/contracts';
import type { BusSubscription, MessageBus, MessageHandler } from '../message-bus';

/** A bus whose broker is down for the next N publishes, then up again. */
export class FlakyBus implements MessageBus {
  publishAttempts = 0;
  private failures = 0;

  constructor(private readonly inner: MessageBus) {}

  failNext(count: number): void {
    this.failures = count;
  }

  async publish(topic: string, messages: readonly IntegrationEvent[]): Promise<void> {
    this.publishAttempts++;
    if (this.failures > 0) {
      this.failures--;
      throw new Error('broker unavailable');
    }
    await this.inner.publish(topic, messages);
  }

  subscribe(topic: string, group: string, handler: MessageHandler): Promise<BusSubscription> {
    return this.inner.subscribe(topic, group, handler);
  }
}
