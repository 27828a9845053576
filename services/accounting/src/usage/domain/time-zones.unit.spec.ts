import { hasZone, instantOf, isTimeZone } from './time-zones';

describe('reading Slurm times in a site time zone', () => {
  it('knows IANA zones, and refuses offsets, abbreviations and places that do not exist', () => {
    expect(['Europe/Helsinki', 'Europe/Rome', 'UTC', 'America/Argentina/Buenos_Aires'].map(isTimeZone)).toEqual([true, true, true, true]);
    expect(['Mars/Olympus_Mons', '+02:00', 'CET+1', '', 'Europe/Helsinki; DROP'].map(isTimeZone)).toEqual([false, false, false, false, false]);
  });

  it('reads a zone-less time in the zone, winter and summer, and keeps a time that says its zone', () => {
    expect(instantOf('2026-11-02T10:00:00', 'Europe/Helsinki')).toBe('2026-11-02T08:00:00.000Z');
    expect(instantOf('2026-07-02T10:00:00', 'Europe/Helsinki')).toBe('2026-07-02T07:00:00.000Z');
    expect(instantOf('2026-07-02T10:00:00', 'UTC')).toBe('2026-07-02T10:00:00.000Z');
    expect(instantOf('2026-11-02T10:00:00+01:00', 'Europe/Helsinki')).toBe('2026-11-02T09:00:00.000Z');
    expect(instantOf('2026-11-02T10:00:00Z', undefined)).toBe('2026-11-02T10:00:00.000Z');
    expect(hasZone('2026-11-02T10:00:00+0100')).toBe(true);
  });

  it('has no instant for a zone-less time when no zone is known', () => {
    expect(instantOf('2026-11-02T10:00:00', undefined)).toBeUndefined();
  });

  it('takes the earlier of a local hour that happens twice, and moves a skipped local time forward by the gap', () => {
    // Helsinki: 25 October 2026 04:00 EEST becomes 03:00 EET; 29 March 2026 03:00 EET becomes 04:00 EEST.
    expect(instantOf('2026-10-25T03:30:00', 'Europe/Helsinki')).toBe('2026-10-25T00:30:00.000Z');
    expect(instantOf('2026-10-25T04:00:00', 'Europe/Helsinki')).toBe('2026-10-25T02:00:00.000Z');
    expect(instantOf('2026-03-29T02:59:59', 'Europe/Helsinki')).toBe('2026-03-29T00:59:59.000Z');
    expect(instantOf('2026-03-29T03:30:00', 'Europe/Helsinki')).toBe('2026-03-29T01:30:00.000Z');
    expect(instantOf('2026-03-29T04:00:00', 'Europe/Helsinki')).toBe('2026-03-29T01:00:00.000Z');
  });
});
