import { parseSacct } from './sacct';

const HEADER = 'JobID|Account|Partition|Start|End|ElapsedRaw|State|AllocTRES|ConsumedEnergyRaw';

describe('reading sacct --parsable2 output', () => {
  it('takes the field order from the header line and keeps Slurm times as written (their zone is the upload\'s)', () => {
    const text = ['State|JobID|End|Start|Account|Partition|ElapsedRaw|ConsumedEnergyRaw|AllocTRES|NNodes', 'COMPLETED|4711|2026-11-02T12:00:00|2026-11-02T10:00:00|proj-a|lumi-g|7200|3600000|billing=128,gres/gpu=8,node=1|1'].join('\n');
    expect(parseSacct(text, 'lumi')).toEqual({
      records: [{
        line: 2, system: 'lumi', jobId: '4711', account: 'proj-a', partition: 'lumi-g', start: '2026-11-02T10:00:00', end: '2026-11-02T12:00:00',
        elapsedSeconds: 7200, state: 'COMPLETED', allocTres: 'billing=128,gres/gpu=8,node=1', consumedEnergyJoules: 3_600_000,
      }],
      rejected: [],
      stepsIgnored: 0,
    });
  });

  it('charges only job allocations: steps such as 4711.batch, 4711.extern and 4711.0 are counted apart and ignored', () => {
    const text = [HEADER, '4711|p|lumi-g|2026-11-02T10:00:00|2026-11-02T12:00:00|7200|COMPLETED|node=1|', '4711.batch|p|lumi-g|2026-11-02T10:00:00|2026-11-02T12:00:00|7200|COMPLETED|node=1|', '4711.extern|p', '4711.0|p|lumi-g|2026-11-02T10:00:00|2026-11-02T12:00:00|7200|COMPLETED|node=1|', '4712_3|p|lumi-g|Unknown|2026-11-02T12:00:00+02:00|60|TIMEOUT|node=1|12.5'].join('\r\n');
    const parsed = parseSacct(text, 'lumi');
    expect(parsed.stepsIgnored).toBe(3);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.records.map((r) => [r.jobId, r.start, r.end, r.consumedEnergyJoules])).toEqual([
      ['4711', '2026-11-02T10:00:00', '2026-11-02T12:00:00', 0],
      ['4712_3', null, '2026-11-02T12:00:00+02:00', 12.5],
    ]);
  });

  it('lists each unreadable line with its number and why, and keeps reading', () => {
    const ok = '2026-11-02T10:00:00|2026-11-02T12:00:00';
    const text = [
      HEADER,
      `1|p|lumi-g|${ok}|7200|COMPLETED|node=1|0`,
      '2|p|lumi-g',
      `3||lumi-g|${ok}|7200|COMPLETED|node=1|0`,
      '4|p|lumi-g|2026-11-02T10:00:00|Unknown|7200|RUNNING|node=1|0',
      `5|p|lumi-g|${ok}|two hours|COMPLETED|node=1|0`,
      `6|p|lumi-g|${ok}|7200|COMPLETED|node=1|lots`,
      `job7|p|lumi-g|${ok}|7200|COMPLETED|node=1|0`,
      `8|p||${ok}|7200|COMPLETED|node=1|0`,
      `9|p|lumi-g|2026-11-02 10:00|2026-11-02T12:00:00|7200|COMPLETED|node=1|0`,
      `10|p|lumi-g|2026-11-02T10:00:00|yesterday|7200|COMPLETED|node=1|0`,
      `11|p|lumi-g|${ok}|7200||node=1|0`,
      '',
    ].join('\n');
    const parsed = parseSacct(text, 'lumi');
    expect(parsed.records.map((r) => r.jobId)).toEqual(['1']);
    expect(parsed.rejected).toEqual([
      { line: 3, reason: 'expected 9 fields, found 3' },
      { line: 4, reason: 'Account is empty' },
      { line: 5, reason: 'the job has not ended (End is Unknown)' },
      { line: 6, reason: "ElapsedRaw 'two hours' is not a whole number of seconds" },
      { line: 7, reason: "ConsumedEnergyRaw 'lots' is not a number of joules" },
      { line: 8, reason: "JobID 'job7' is not a job id" },
      { line: 9, reason: 'Partition is empty' },
      { line: 10, reason: "Start '2026-11-02 10:00' is not a timestamp" },
      { line: 11, reason: "End 'yesterday' is not a timestamp" },
      { line: 12, reason: 'State is empty' },
    ]);
  });

  it('refuses a file whose header lacks a needed field, or an empty file', () => {
    expect(parseSacct('JobID|Account|Partition\n1|p|g', 'lumi')).toEqual({ records: [], rejected: [], stepsIgnored: 0, headerError: 'the header line lacks Start, End, ElapsedRaw, State, AllocTRES, ConsumedEnergyRaw' });
    expect(parseSacct('\n\n', 'lumi')).toEqual({ records: [], rejected: [], stepsIgnored: 0, headerError: 'the file is empty' });
  });

  it('lists a line holding a NUL character instead of storing it (PostgreSQL text cannot hold NUL)', () => {
    const text = [HEADER, '4711|p\u0000x|lumi-g|2026-11-02T10:00:00|2026-11-02T12:00:00|7200|COMPLETED|node=1|', '4712|p|lumi-g|2026-11-02T10:00:00|2026-11-02T12:00:00|7200|COMPLETED|node=1|'].join('\n');
    const parsed = parseSacct(text, 'lumi');
    expect(parsed.rejected).toEqual([{ line: 2, reason: 'the line holds a NUL character' }]);
    expect(parsed.records.map((r) => r.jobId)).toEqual(['4712']);
  });
});
