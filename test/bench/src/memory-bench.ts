import type { PostgresEventStore } from '@hpc-access/eventstore-postgres';
import type { RecordedEvent } from '@hpc-access/eventsourcing';

export interface MemorySample {
  atEvents: number;
  rssMb: number;
  heapUsedMb: number;
}

export interface MemoryReport {
  events: number;
  seconds: number;
  eventsPerSecond: number;
  start: MemorySample;
  peak: { rssMb: number; heapUsedMb: number };
  end: MemorySample;
  samples: MemorySample[];
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Follows $all from START with a subscription (the path projections and the relay take) through
 * the whole store, sampling RSS and heap: memory must stay flat however long the history is.
 */
export async function replayWithMemorySamples(store: PostgresEventStore, batchSize: number, onProgress: (events: number) => void): Promise<MemoryReport> {
  let events = 0;
  let gpuHours = 0;
  const samples: MemorySample[] = [];
  const sample = () => {
    const usage = process.memoryUsage();
    samples.push({ atEvents: events, rssMb: mb(usage.rss), heapUsedMb: mb(usage.heapUsed) });
  };
  sample();
  const timer = setInterval(sample, 100);
  const start = performance.now();
  let lastReported = 0;
  const subscription = store.subscribeToAll({
    batchSize,
    handle: async (batch: RecordedEvent[]) => {
      for (const event of batch) gpuHours += (event.data as { gpuHours?: number }).gpuHours ?? 0;
      events += batch.length;
      if (events - lastReported >= 100_000) {
        lastReported = events;
        onProgress(events);
      }
    },
  });
  await subscription.caughtUp();
  await subscription.stop();
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  sample();
  if (gpuHours <= 0) throw new Error('the replay folded nothing');
  return {
    events,
    seconds,
    eventsPerSecond: events / seconds,
    start: samples[0],
    peak: { rssMb: Math.max(...samples.map((s) => s.rssMb)), heapUsedMb: Math.max(...samples.map((s) => s.heapUsedMb)) },
    end: samples[samples.length - 1],
    samples,
  };
}
