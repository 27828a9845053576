import { START, type RecordedEvent } from '@hpc-access/eventsourcing';
import type { HorizonBatch } from './polling-subscription';
import { SharedBatchReads } from './shared-batch-reads';

const event = (globalPosition: number) =>
  ({ eventId: `e-${globalPosition}`, transactionId: '5', globalPosition: String(globalPosition), recordedAt: new Date('2026-11-02T09:00:00Z'), data: { n: globalPosition }, metadata: { correlationId: 'c-1' } }) as unknown as RecordedEvent;

describe('SharedBatchReads', () => {
  let sent = 0;
  let events: RecordedEvent[] = [];
  const send = async (): Promise<HorizonBatch> => {
    sent++;
    return { events: events.slice(), horizon: 10n };
  };
  beforeEach(() => {
    sent = 0;
    events = [event(1)];
  });

  it('sends one read for callers of the same range woken before it started', async () => {
    const reads = new SharedBatchReads();
    const since = reads.mark();
    const batches = await Promise.all([1, 2, 3].map(() => reads.read(START, 10, since, send)));
    expect(sent).toBe(1);
    expect(batches.map((b) => b.events.map((e) => e.eventId))).toEqual([['e-1'], ['e-1'], ['e-1']]);
  });

  it('reads afresh for a caller woken after the read started: that read may not see the commit', async () => {
    const reads = new SharedBatchReads();
    await reads.read(START, 10, reads.mark(), send);
    events.push(event(2));
    const woken = reads.mark();
    const batch = await reads.read(START, 10, woken, send);
    expect(sent).toBe(2);
    expect(batch.events.map((e) => e.eventId)).toEqual(['e-1', 'e-2']);
  });

  it('does not share between different ranges or batch sizes', async () => {
    const reads = new SharedBatchReads();
    const since = reads.mark();
    await Promise.all([reads.read(START, 10, since, send), reads.read(START, 20, since, send), reads.read({ transactionId: '5', globalPosition: '1' }, 10, since, send)]);
    expect(sent).toBe(3);
  });

  it('hands each caller its own copy of the events', async () => {
    const reads = new SharedBatchReads();
    const since = reads.mark();
    const [first, second] = await Promise.all([reads.read(START, 10, since, send), reads.read(START, 10, since, send)]);
    (first.events[0].data as { n: number }).n = 99;
    expect((second.events[0].data as { n: number }).n).toBe(1);
    const third = await reads.read(START, 10, since, send);
    expect((third.events[0].data as { n: number }).n).toBe(1);
  });

  it("copies into this realm's objects: a copied recordedAt is a Date here, as a driver checks it (structuredClone's was not under Jest)", async () => {
    const reads = new SharedBatchReads();
    const [copy] = (await reads.read(START, 10, reads.mark(), send)).events;
    expect(copy.recordedAt).toBeInstanceOf(Date);
    expect(copy.recordedAt.toISOString()).toBe('2026-11-02T09:00:00.000Z');
    expect(copy.metadata).toEqual({ correlationId: 'c-1' });
  });

  it('does not share a failed read', async () => {
    const reads = new SharedBatchReads();
    const since = reads.mark();
    await expect(reads.read(START, 10, since, () => Promise.reject(new Error('connection lost')))).rejects.toThrow('connection lost');
    await expect(reads.read(START, 10, since, send)).resolves.toMatchObject({ horizon: 10n });
    expect(sent).toBe(1);
  });
});
