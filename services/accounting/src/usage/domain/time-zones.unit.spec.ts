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

  it('gives, for every quarter hour around the transitions, the instant a plain search of Intl finds (the offsets are kept per hour)', () => {
    // The earliest instant whose wall clock in the zone reads `wall`; none (a skipped time): the offset before the gap.
    const formats = new Map<string, Intl.DateTimeFormat>();
    const format = (zone: string) => formats.get(zone) ?? formats.set(zone, new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })).get(zone) as Intl.DateTimeFormat;
    const wallOf = (zone: string, instant: number) => {
      const parts = Object.fromEntries(format(zone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
      return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
    };
    const searched = (wall: number, zone: string) => {
      for (let offset = 14 * 60; offset >= -14 * 60; offset -= 15) if (wallOf(zone, wall - offset * 60_000) === wall) return wall - offset * 60_000;
      return wall - (wallOf(zone, wall - 86_400_000) - (wall - 86_400_000));
    };
    const days: Array<[string, string]> = [
      ['Europe/Helsinki', '2026-03-29'], ['Europe/Helsinki', '2026-10-25'], ['Australia/Lord_Howe', '2026-04-05'], ['Australia/Lord_Howe', '2026-10-04'],
      ['America/St_Johns', '2026-03-08'], ['America/St_Johns', '2026-11-01'], ['Asia/Kolkata', '2026-06-01'], ['UTC', '2026-06-01'],
    ];
    for (const [zone, day] of days) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const wall = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
        const local = new Date(wall).toISOString().slice(0, 19);
        expect(`${zone} ${local} ${instantOf(local, zone)}`).toBe(`${zone} ${local} ${new Date(searched(wall, zone)).toISOString()}`);
      }
    }
  });
});
