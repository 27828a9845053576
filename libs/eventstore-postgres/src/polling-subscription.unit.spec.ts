import { compareCheckpoints, type Checkpoint, type RecordedEvent } from '@hpc-access/eventsourcing';
import { waitFor } from '@hpc-access/testing';
import { PollingSubscription, type HorizonBatch, type SubscriptionSource } from './polling-subscription';

/** A store reduced to what a subscription sees: events below a horizon that the test moves. */
class FakeSource implements SubscriptionSource {
  events: RecordedEvent[] = [];
  horizon = 10n;
  nextXid = 10n;
  reads = 0;

  add(transactionId: number, globalPosition: number): void {
    this.events.push({ eventId: `e-${globalPosition}`, transactionId: String(transactionId), globalPosition: String(globalPosition) } as RecordedEvent);
  }

  async readBatch(after: Checkpoint, maxCount: number): Promise<HorizonBatch> {
    this.reads++;
    const events = this.events
      .filter((e) => BigInt(e.transactionId) < this.horizon && compareCheckpoints(e, after) > 0)
      .sort(compareCheckpoints)
      .slice(0, maxCount);
    return { events, horizon: this.horizon };
  }

  mark(): number {
    return 0;
  }

  async nextTransactionId(): Promise<bigint> {
    return this.nextXid;
  }
}

describe('PollingSubscription', () => {
  it('reports caught up only once a drained read reached the transactions committed before the call', async () => {
    const source = new FakeSource();
    source.add(5, 1);
    const seen: string[] = [];
    const subscription = new PollingSubscription(
      source,
      { batchSize: 10, pollIntervalMs: 5, handle: async (events) => void seen.push(...events.map((e) => e.eventId)) },
      () => undefined,
    );
    // Transaction 12 committed (event 3), transaction 11 still runs: the horizon stays at 11.
    source.add(12, 3);
    source.nextXid = 13n;
    source.horizon = 11n;
    let caughtUp = false;
    const waiting = subscription.caughtUp().then(() => (caughtUp = true));
    const readsBefore = source.reads;
    await waitFor(() => source.reads >= readsBefore + 5, 'several polls');
    expect(caughtUp).toBe(false);
    expect(seen).toEqual(['e-1']);
    // Transaction 11 commits with event 2, placed before event 3 by transaction order.
    source.add(11, 2);
    source.horizon = 13n;
    await waiting;
    expect(seen).toEqual(['e-1', 'e-2', 'e-3']);
    await subscription.stop();
  });

  it('wakes at once when told, without waiting out the poll interval', async () => {
    const source = new FakeSource();
    const seen: string[] = [];
    const subscription = new PollingSubscription(
      source,
      { batchSize: 10, pollIntervalMs: 60_000, handle: async (events) => void seen.push(...events.map((e) => e.eventId)) },
      () => undefined,
    );
    await subscription.caughtUp();
    source.add(10, 1);
    source.horizon = 11n;
    source.nextXid = 11n;
    subscription.wake();
    await subscription.caughtUp();
    expect(seen).toEqual(['e-1']);
    await subscription.stop();
  });
});
