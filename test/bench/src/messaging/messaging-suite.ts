import { writeFileSync } from 'node:fs';
import type { Database } from '@hpc-access/sql';
import { startMockKafka } from '@hpc-access/messaging/testing-only';
import { progress } from '../progress';
import { benchCommandToReadModel, type LatencyResult } from './latency-bench';
import { benchRelayThroughput, type ThroughputResult } from './relay-bench';

export interface MessagingResults {
  broker: string;
  relay: ThroughputResult;
  latency: LatencyResult;
  targets: { relayRatio: number; p99Ms: number; relayMet: boolean; latencyMet: boolean };
}

export const RELAY_TARGET_RATIO = 0.5;
export const P99_TARGET_MS = 100;

/** Relay throughput and command-to-read-model latency on the test Kafka (librdkafka's mock cluster). */
export async function messagingSuite(db: Database, databaseUrl: string, config: { relayEvents: number; rate: number; seconds: number }): Promise<MessagingResults> {
  const mock = await startMockKafka({ topics: [] });
  try {
    // One pass of both sides first, not reported, as for the replay: the first run in a process
    // compiles the code it goes through, and the raw producer, measured first, warmed kafkajs for the relay.
    progress('messaging: relay throughput warm-up pass (2,000 events, not reported)');
    await benchRelayThroughput(db, mock, 2_000, () => undefined);
    progress(`messaging: relay throughput over ${config.relayEvents} events`);
    const relay = await benchRelayThroughput(db, mock, config.relayEvents, progress);
    progress(`  relay ${Math.round(relay.relayEventsPerSecond)} ev/s vs raw produce ${Math.round(relay.rawEventsPerSecond)} ev/s: ratio ${relay.ratio.toFixed(2)}`);
    progress(`messaging: command to read model at ${config.rate} commands/s`);
    const latency = await benchCommandToReadModel(db, databaseUrl, mock, config.rate, config.seconds, progress);
    progress(`  p50 ${latency.store.p50Ms.toFixed(1)} ms, p99 ${latency.store.p99Ms.toFixed(1)} ms vs raw p50 ${latency.raw.p50Ms.toFixed(1)}, p99 ${latency.raw.p99Ms.toFixed(1)}`);
    return {
      broker: `librdkafka mock cluster, ${mock.brokers.join(',')}`,
      relay,
      latency,
      targets: { relayRatio: RELAY_TARGET_RATIO, p99Ms: P99_TARGET_MS, relayMet: relay.ratio >= RELAY_TARGET_RATIO, latencyMet: latency.store.p99Ms < P99_TARGET_MS },
    };
  } finally {
    await mock.stop();
  }
}

export function formatMessaging(r: MessagingResults): string {
  const ms = (n: number) => n.toFixed(1);
  return [
    'case                         | ours                 | raw kafkajs          | ratio | target',
    '-----------------------------|----------------------|----------------------|-------|-------',
    `relay throughput (${r.relay.events} ev)   | ${Math.round(r.relay.relayEventsPerSecond)} ev/s`.padEnd(52) +
      `| ${Math.round(r.relay.rawEventsPerSecond)} ev/s`.padEnd(23) + `| ${r.relay.ratio.toFixed(2)}  | >= ${RELAY_TARGET_RATIO} ${r.targets.relayMet ? 'met' : 'NOT met'}`,
    `command->read model p50      | ${ms(r.latency.store.p50Ms)} ms`.padEnd(52) + `| ${ms(r.latency.raw.p50Ms)} ms`.padEnd(23) + `| ${r.latency.p50Ratio.toFixed(2)}  |`,
    `command->read model p99      | ${ms(r.latency.store.p99Ms)} ms`.padEnd(52) + `| ${ms(r.latency.raw.p99Ms)} ms`.padEnd(23) + `| ${r.latency.p99Ratio.toFixed(2)}  | < ${P99_TARGET_MS} ms ${r.targets.latencyMet ? 'met' : 'NOT met'}`,
    `(${r.latency.commandsPerSecond} commands/s, ${r.latency.commands} commands; ${r.broker})`,
  ].join('\n');
}

/** A picture of the two numbers people look at: relay ratio against its target, p99 against 100 ms. */
export function writeMessagingChart(file: string, r: MessagingResults): void {
  const bar = (y: number, label: string, value: number, max: number, target: number, caption: string, good: boolean) => {
    const width = 380;
    const x = (v: number) => 220 + (Math.min(v, max) / max) * width;
    return [
      `<text x="210" y="${y + 14}" text-anchor="end">${label}</text>`,
      `<rect x="220" y="${y}" width="${x(value) - 220}" height="20" fill="${good ? '#2f855a' : '#c05621'}"/>`,
      `<text x="${x(value) + 4}" y="${y + 14}">${caption}</text>`,
      `<line x1="${x(target)}" y1="${y - 4}" x2="${x(target)}" y2="${y + 24}" stroke="#333" stroke-dasharray="4 3"/>`,
    ].join('');
  };
  const svg = [
    '<svg xmlns="http://www.w3.org/2000/svg" width="680" height="150" font-family="sans-serif" font-size="12">',
    '<rect width="100%" height="100%" fill="white"/>',
    '<text x="10" y="20" font-size="14" font-weight="bold">Messaging on the test Kafka (dashed: target)</text>',
    bar(45, 'relay / raw produce', r.relay.ratio, 1.2, RELAY_TARGET_RATIO, r.relay.ratio.toFixed(2), r.targets.relayMet),
    bar(85, 'p99 command->read model', r.latency.store.p99Ms, 200, P99_TARGET_MS, `${r.latency.store.p99Ms.toFixed(1)} ms (raw ${r.latency.raw.p99Ms.toFixed(1)} ms)`, r.targets.latencyMet),
    '</svg>',
  ].join('');
  writeFileSync(file, svg);
}
