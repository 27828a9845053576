import { recordsInZone } from './record-times';

const read = (start: string | null, end: string) => ({
  system: 'lumi', jobId: '1', account: 'p', partition: 'lumi-g', start, end, elapsedSeconds: 60, state: 'COMPLETED', allocTres: 'node=1', consumedEnergyJoules: 0,
});

describe('the times of an upload', () => {
  it('are read in the zone given, a time that says its zone kept as it says', () => {
    expect(recordsInZone([read('2026-11-02T10:00:00', '2026-11-02T12:00:00+00:00'), read(null, '2026-12-01T00:30:00')], 'Europe/Helsinki')).toEqual({
      records: [read('2026-11-02T08:00:00.000Z', '2026-11-02T12:00:00.000Z'), read(null, '2026-11-30T22:30:00.000Z')],
    });
  });

  it('name the first zone-less time when no zone is known, and need none when every time says its zone', () => {
    expect(recordsInZone([read('2026-11-02T10:00:00Z', '2026-11-02T12:00:00Z'), read(null, '2026-11-02T12:00:00')], undefined)).toEqual({ zoneless: { index: 1, field: 'end', value: '2026-11-02T12:00:00' } });
    expect(recordsInZone([read('2026-11-02T10:00:00', '2026-11-02T12:00:00Z')], undefined)).toEqual({ zoneless: { index: 0, field: 'start', value: '2026-11-02T10:00:00' } });
    expect(recordsInZone([read('2026-11-02T10:00:00Z', '2026-11-02T12:00:00+01:00')], undefined)).toEqual({ records: [read('2026-11-02T10:00:00.000Z', '2026-11-02T11:00:00.000Z')] });
  });
});
