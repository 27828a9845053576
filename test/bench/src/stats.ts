/** What one side (store or baseline) of one benchmark case produced. */
export interface Measurement {
  events: number;
  seconds: number;
  /** Latency of each operation (one append, one batch read), in ms. */
  latenciesMs: number[];
}

export interface Summary {
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  operations: number;
}

export const emptyMeasurement = (): Measurement => ({ events: 0, seconds: 0, latenciesMs: [] });

export function addTo(total: Measurement, part: Measurement): void {
  total.events += part.events;
  total.seconds += part.seconds;
  for (const latency of part.latenciesMs) total.latenciesMs.push(latency);
}

export function summarise(m: Measurement): Summary {
  const sorted = Float64Array.from(m.latenciesMs).sort();
  const at = (p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);
  return { eventsPerSecond: m.seconds > 0 ? m.events / m.seconds : 0, p50Ms: at(0.5), p99Ms: at(0.99), operations: sorted.length };
}
