import { readFileSync } from 'node:fs';
import { cpus as onlineCpus } from 'node:os';

/**
 * CPU time spent while one side of a case ran: by this process, and by the whole machine (Linux
 * only, from /proc/stat). With Node and the database sharing the cores, the store's ratio to the
 * baseline cannot exceed the ratio of their CPU per event once the machine is busy: the bench
 * prints both so that a reader can tell a slow store from a full machine (ADR 0003).
 */
export interface CpuSample {
  /** This process, user + system, microseconds. */
  processUs: number;
  /** The machine's busy and total jiffies since boot, summed over its CPUs; absent off Linux. */
  machine?: { busy: number; total: number };
  atMs: number;
}

/** CPU time between two samples, microseconds; machine-wide when /proc/stat was readable. */
export interface CpuSpent {
  processUs: number;
  machineUs?: number;
}

/**
 * The first line of /proc/stat: `cpu user nice system idle iowait irq softirq steal guest
 * guest_nice`, in jiffies. Idle and iowait are not busy; guest time is already inside user.
 */
export function parseProcStat(text: string): { busy: number; total: number } {
  const line = text.split('\n', 1)[0];
  const fields = line.trim().split(/\s+/);
  if (fields[0] !== 'cpu' || fields.length < 5) throw new Error(`unexpected /proc/stat first line: ${line}`);
  const [user, nice, system, idle, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields.slice(1).map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

function readMachine(): CpuSample['machine'] {
  try {
    return parseProcStat(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

export function sampleCpu(): CpuSample {
  const { user, system } = process.cpuUsage();
  return { processUs: user + system, machine: readMachine(), atMs: performance.now() };
}

/**
 * Jiffies are converted through the elapsed wall time (busy share x elapsed x online CPUs, the
 * CPUs /proc/stat sums) rather than an assumed clock tick, which Node cannot read.
 */
export function cpuBetween(before: CpuSample, after: CpuSample, cpus = onlineCpus().length): CpuSpent {
  const processUs = after.processUs - before.processUs;
  if (!before.machine || !after.machine) return { processUs };
  const total = after.machine.total - before.machine.total;
  const busy = after.machine.busy - before.machine.busy;
  const elapsedUs = (after.atMs - before.atMs) * 1000;
  return { processUs, machineUs: total > 0 ? (busy / total) * elapsedUs * cpus : 0 };
}

export function addCpu(total: CpuSpent | undefined, part: CpuSpent): CpuSpent {
  if (!total) return { ...part };
  return {
    processUs: total.processUs + part.processUs,
    machineUs: total.machineUs === undefined || part.machineUs === undefined ? undefined : total.machineUs + part.machineUs,
  };
}
