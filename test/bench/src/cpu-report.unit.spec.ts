import { cpuBoundRatio, formatCpuTable, machineBusyShare } from './cpu-report';
import { resultRow } from './report';
import { addTo, emptyMeasurement, summarise, type Measurement } from './stats';

const side = (events: number, processUs: number, machineUs?: number): Measurement => {
  const m = emptyMeasurement();
  addTo(m, { events, seconds: 1, latenciesMs: [1], cpu: { processUs, machineUs } });
  return m;
};

describe('bench CPU report', () => {
  it('sums the CPU of the rounds and divides it by the events', () => {
    const m = emptyMeasurement();
    addTo(m, { events: 1_000, seconds: 1, latenciesMs: [1], cpu: { processUs: 100_000, machineUs: 400_000 } });
    addTo(m, { events: 3_000, seconds: 1, latenciesMs: [1], cpu: { processUs: 300_000, machineUs: 1_600_000 } });
    expect(summarise(m).cpuUsPerEvent).toEqual({ process: 100, machine: 500 });
  });

  it('gives the ratio the CPU allows and how busy the machine was', () => {
    // Raw: 4,000 ev/s at 450 us each on 2 CPUs (90% busy); store: 3,000 ev/s at 600 us (90%).
    const row = resultRow('postgres', 'append', 1, 32, { store: side(3_000, 480_000, 1_800_000), raw: side(4_000, 320_000, 1_800_000) });
    expect(cpuBoundRatio(row)).toBeCloseTo(450 / 600);
    expect(machineBusyShare(row.store, 2)).toBeCloseTo(0.9);
    expect(machineBusyShare(row.baseline, 2)).toBeCloseTo(0.9);
    const table = formatCpuTable([row], 2);
    expect(table).toContain('2 CPUs');
    expect(table.split('\n')[3]).toMatch(/^postgres\s+1\s+32\s+160\s+80\s+600\s+450\s+90%\s+90%\s+0\.75\s+0\.75$/);
  });

  it('prints nothing for rows measured without CPU, and dashes where the machine is unknown', () => {
    const plain = resultRow('pglite', 'replay', 1000, 1, { store: side(10, 0), raw: side(10, 0) });
    expect(formatCpuTable([{ ...plain, store: { ...plain.store, cpuUsPerEvent: undefined } }], 2)).toBe('');
    const noMachine = resultRow('pglite', 'append', 1, 1, { store: side(1_000, 100_000), raw: side(1_000, 50_000) });
    expect(cpuBoundRatio(noMachine)).toBeUndefined();
    expect(formatCpuTable([noMachine], 2).split('\n')[3]).toMatch(/^pglite\s+1\s+1\s+100\s+50\s+-\s+-\s+-\s+-\s+-\s+1\.00$/);
  });
});
