import { addCpu, cpuBetween, parseProcStat, sampleCpu, type CpuSample } from './cpu-usage';

describe('bench CPU accounting', () => {
  it('counts user, nice, system, irq, softirq and steal as busy, idle and iowait as not', () => {
    const stat = 'cpu  100 5 40 800 20 3 2 10 7 0\ncpu0 50 2 20 400 10 1 1 5 3 0\n';
    expect(parseProcStat(stat)).toEqual({ busy: 160, total: 980 });
  });

  it('refuses a first line that is not the machine total', () => {
    expect(() => parseProcStat('intr 1 2 3\n')).toThrow(/unexpected \/proc\/stat/);
  });

  it('turns the busy share of the jiffies into microseconds over the elapsed time and CPUs', () => {
    const before: CpuSample = { processUs: 1_000, machine: { busy: 1_000, total: 4_000 }, atMs: 0 };
    // Half of the jiffies busy, over 2 s on 2 CPUs: 2 s of CPU.
    const after: CpuSample = { processUs: 301_000, machine: { busy: 1_100, total: 4_200 }, atMs: 2_000 };
    expect(cpuBetween(before, after, 2)).toEqual({ processUs: 300_000, machineUs: 2_000_000 });
  });

  it('keeps the process figure alone where /proc/stat could not be read', () => {
    const spent = cpuBetween({ processUs: 0, atMs: 0 }, { processUs: 50, atMs: 1 }, 2);
    expect(spent).toEqual({ processUs: 50 });
    expect(addCpu({ processUs: 10, machineUs: 20 }, spent)).toEqual({ processUs: 60, machineUs: undefined });
  });

  it('sees this process spend CPU on work', () => {
    const before = sampleCpu();
    let x = 0;
    for (let i = 0; i < 2_000_000; i++) x += Math.sqrt(i);
    const spent = cpuBetween(before, sampleCpu());
    expect(x).toBeGreaterThan(0);
    expect(spent.processUs).toBeGreaterThan(0);
    if (process.platform === 'linux') expect(spent.machineUs).toBeGreaterThan(0);
  });
});
