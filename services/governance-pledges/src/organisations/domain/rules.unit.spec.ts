import { attestationFlags, deviationPercent } from './attestation-rules';
import { addDays, addMonths, endOfDue } from './calendar';

describe('cross-checking declared figures with accounting', () => {
  it('measures deviation in percent of accounting\'s figure', () => {
    expect(deviationPercent(110, 100)).toBeCloseTo(10);
    expect(deviationPercent(90, 100)).toBeCloseTo(10);
  });

  it('anything declared against nothing accounted is an unbounded deviation; nothing against nothing is none', () => {
    expect(deviationPercent(1, 0)).toBe(Infinity);
    expect(deviationPercent(0, 0)).toBe(0);
  });

  it('flags each figure beyond the tolerance separately', () => {
    expect(attestationFlags({ trainingFlop: 200, energyKwh: 100 }, { trainingFlop: 100, energyKwh: 100 }, 10)).toEqual(['training-compute-mismatch']);
    expect(attestationFlags({ trainingFlop: 100, energyKwh: 50 }, { trainingFlop: 100, energyKwh: 100 }, 10)).toEqual(['energy-mismatch']);
    expect(attestationFlags({ trainingFlop: 105, energyKwh: 95 }, { trainingFlop: 100, energyKwh: 100 }, 10)).toEqual([]);
    expect(attestationFlags({ trainingFlop: 1, energyKwh: 1 }, { trainingFlop: 0, energyKwh: 0 }, 100)).toEqual(['training-compute-mismatch', 'energy-mismatch']);
  });
});

describe('calendar arithmetic of deadlines', () => {
  it('adds calendar months in UTC, keeping the time of day', () => {
    expect(addMonths(new Date('2026-11-02T09:00:00Z'), 3).toISOString()).toBe('2027-02-02T09:00:00.000Z');
    expect(addMonths(new Date('2026-11-30T09:00:00Z'), 12).toISOString()).toBe('2027-11-30T09:00:00.000Z');
  });

  it('the 31st of a shorter month becomes its last day', () => {
    expect(addMonths(new Date('2026-11-30T09:00:00Z'), 3).toISOString()).toBe('2027-02-28T09:00:00.000Z');
    expect(addMonths(new Date('2027-08-31T00:00:00Z'), 1).toISOString()).toBe('2027-09-30T00:00:00.000Z');
  });

  it('adds days', () => {
    expect(addDays(new Date('2026-11-02T09:00:00Z'), 60).toISOString()).toBe('2027-01-01T09:00:00.000Z');
  });

  it('a due day is met until it ends; a due time is taken as is', () => {
    expect(endOfDue('2026-12-31').toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(endOfDue('2027-01-15T12:00:00+01:00').toISOString()).toBe('2027-01-15T11:00:00.000Z');
  });
});
