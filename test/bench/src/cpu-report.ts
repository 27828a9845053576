import { cpus as onlineCpus } from 'node:os';
import { formatColumns, type ResultRow } from './report';
import type { Summary } from './stats';

/** How busy the machine was while one side ran: its CPU per event times its events per second. */
export function machineBusyShare(side: Summary, cpus = onlineCpus().length): number | undefined {
  const machine = side.cpuUsPerEvent?.machine;
  return machine === undefined ? undefined : (machine * side.eventsPerSecond) / (1e6 * cpus);
}

/**
 * The ratio the machine's CPU allows: raw CPU per event over the store's. Once both sides keep
 * every core busy, throughput follows CPU per event, and the store cannot beat this ratio.
 */
export function cpuBoundRatio(row: ResultRow): number | undefined {
  const store = row.store.cpuUsPerEvent?.machine;
  const raw = row.baseline.cpuUsPerEvent?.machine;
  return store === undefined || raw === undefined || store === 0 ? undefined : raw / store;
}

const us = (n: number | undefined) => (n === undefined ? '-' : Math.round(n).toLocaleString('en-US'));
const percent = (n: number | undefined) => (n === undefined ? '-' : `${Math.round(n * 100)}%`);

/**
 * CPU per appended event on each side: this process (the store's work and the driver's) and the
 * whole machine (with a local database, its backends too), how busy the machine was, and the
 * ratio that CPU allows beside the measured one.
 */
export function formatCpuTable(rows: readonly ResultRow[], cpus = onlineCpus().length): string {
  const header = ['engine', 'batch', 'writers', 'process us/ev', 'raw', 'machine us/ev', 'raw', 'busy', 'raw busy', 'cpu ratio', 'ratio'];
  const body = rows
    .filter((r) => r.operation === 'append' && r.store.cpuUsPerEvent)
    .map((r) => [
      r.engine,
      String(r.batch),
      String(r.writers),
      us(r.store.cpuUsPerEvent?.process),
      us(r.baseline.cpuUsPerEvent?.process),
      us(r.store.cpuUsPerEvent?.machine),
      us(r.baseline.cpuUsPerEvent?.machine),
      percent(machineBusyShare(r.store, cpus)),
      percent(machineBusyShare(r.baseline, cpus)),
      cpuBoundRatio(r)?.toFixed(2) ?? '-',
      r.ratio.toFixed(2),
    ]);
  if (body.length === 0) return '';
  return `CPU per appended event (${cpus} CPUs; machine-wide from /proc/stat, so a local database is in it)\n${formatColumns(header, body, 3)}`;
}
