import { addCpu, type CpuSpent } from './cpu-usage';

/** What one side (store or baseline) of one benchmark case produced. */
export interface Measurement {
  events: number;
  seconds: number;
  /** Latency of each operation (one append, one batch read), in ms. */
  latenciesMs: number[];
  /** Events/s of each round added with addTo, in order: how much the rounds disagree. */
  roundRates?: number[];
  /** CPU time spent while this side ran (appends only). */
  cpu?: CpuSpent;
}

export interface Summary {
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  operations: number;
  /** CPU microseconds per event: this process, and the whole machine where it could be read. */
  cpuUsPerEvent?: { process: number; machine?: number };
}

export const emptyMeasurement = (): Measurement => ({ events: 0, seconds: 0, latenciesMs: [] });

export function addTo(total: Measurement, part: Measurement): void {
  total.events += part.events;
  total.seconds += part.seconds;
  (total.roundRates ??= []).push(part.seconds > 0 ? part.events / part.seconds : 0);
  for (const latency of part.latenciesMs) total.latenciesMs.push(latency);
  if (part.cpu) total.cpu = addCpu(total.cpu, part.cpu);
}

export function summarise(m: Measurement): Summary {
  const sorted = Float64Array.from(m.latenciesMs).sort();
  const at = (p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);
  const summary: Summary = { eventsPerSecond: m.seconds > 0 ? m.events / m.seconds : 0, p50Ms: at(0.5), p99Ms: at(0.99), operations: sorted.length };
  if (m.cpu && m.events > 0) {
    summary.cpuUsPerEvent = { process: m.cpu.processUs / m.events };
    if (m.cpu.machineUs !== undefined) summary.cpuUsPerEvent.machine = m.cpu.machineUs / m.events;
  }
  return summary;
}

/**
 * The store-to-baseline ratio of each round (the sides alternate within a round), lowest and
 * highest: the run's noise, printed beside the ratio of the totals so a reader can weigh it.
 */
export function roundRatioRange(store: Measurement, raw: Measurement): { min: number; max: number } | undefined {
  const a = store.roundRates ?? [];
  const b = raw.roundRates ?? [];
  const ratios = a.slice(0, b.length).map((rate, i) => (b[i] > 0 ? rate / b[i] : 0));
  return ratios.length === 0 ? undefined : { min: Math.min(...ratios), max: Math.max(...ratios) };
}
