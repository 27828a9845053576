import { addMonths, laterDate, monthsFrom } from '../../capacity/domain/months';
import { workingDaysBetween } from './working-days';

describe('working days', () => {
  it('counts weekdays after the first day up to the last; the same day is 0', () => {
    // 2026-11-02 is a Monday.
    expect(workingDaysBetween(new Date('2026-11-02T09:00:00Z'), new Date('2026-11-02T17:00:00Z'))).toBe(0);
    expect(workingDaysBetween(new Date('2026-11-02T09:00:00Z'), new Date('2026-11-04T09:00:00Z'))).toBe(2);
    expect(workingDaysBetween(new Date('2026-11-06T09:00:00Z'), new Date('2026-11-09T09:00:00Z'))).toBe(1);
  });

  it('skips configured holidays', () => {
    expect(workingDaysBetween(new Date('2026-12-23T09:00:00Z'), new Date('2026-12-28T09:00:00Z'), ['2026-12-24', '2026-12-25'])).toBe(1);
  });
});

describe('calendar months', () => {
  it('adds months and falls back to the last day of a shorter month', () => {
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
  });

  it('lists the months an award draws from', () => {
    expect(monthsFrom('2026-11-20', 3)).toEqual(['2026-11', '2026-12', '2027-01']);
  });

  it('takes the later of the requested start and today', () => {
    expect(laterDate('2026-10-01', new Date('2026-11-02T09:00:00Z'))).toBe('2026-11-02');
    expect(laterDate('2026-12-01', new Date('2026-11-02T09:00:00Z'))).toBe('2026-12-01');
  });
});
