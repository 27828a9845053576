import { readWindow, sacctArgs } from './sacct-window';

// Real output of the test bed's Slurm 22.05 (infra/slurm-testbed), `TZ=UTC sacct -a --parsable2
// --noheader --format=JobID,Account,Partition,Start,End,ElapsedRaw,State,AllocTRES,ConsumedEnergyRaw`,
// 2026-12-07: job allocations, their batch steps, a job cancelled while pending, one still pending.
const REAL = `38|ehpc-aif-2026pg01-0001|booster|2026-12-07T14:06:42|2026-12-07T14:06:44|2|COMPLETED|billing=2,cpu=1,gres/gpu=2,node=1|
38.batch|ehpc-aif-2026pg01-0001||2026-12-07T14:06:42|2026-12-07T14:06:44|2|COMPLETED|cpu=1,gres/gpu=2,mem=0,node=1|0
39|ehpc-aif-2026pg01-0001|booster|2026-12-07T14:06:44|2026-12-07T14:06:45|1|COMPLETED|billing=4,cpu=1,gres/gpu=4,node=1|
40|ehpc-aif-2026pg01-0001|booster|2026-12-07T14:06:44|2026-12-07T14:06:45|1|COMPLETED|billing=1,cpu=1,gres/gpu=1,node=1|
41|ehpc-aif-2026pg01-0001|booster|2026-12-07T14:06:44|2026-12-07T14:06:46|2|COMPLETED|billing=2,cpu=1,gres/gpu=2,node=1|
43|ehpc-aif-2026pg01-0001|booster|2026-12-07T14:07:55|2026-12-07T14:08:03|8|COMPLETED|billing=512,cpu=1,gres/gpu=512,node=1|
56|ehpc-aif-2026pg01-0001|booster|None|2026-12-07T14:14:42|0|CANCELLED by 0||0
57|ehpc-t-0002|booster|Unknown|Unknown|0|PENDING||0
58|proj-legacy|booster|2026-12-07T14:06:44|2026-12-07T14:06:45|1|COMPLETED|billing=1,cpu=1,gres/gpu=1,node=1|
`;
const PROJECT = new Set(['ehpc-aif-2026pg01-0001', 'ehpc-t-0002']);
const at = (time: string) => new Date(`2026-12-07T${time}Z`);

describe('reading a window of sacct output', () => {
  it('asks sacct for every user’s allocations without steps, in the window, with the fields the platform imports', () => {
    expect(sacctArgs('testbed', at('14:00:00'), at('14:10:00'))).toEqual([
      '-a', '-X', '--parsable2', '--noheader', '--clusters=testbed', '--starttime=2026-12-07T14:00:00', '--endtime=2026-12-07T14:10:00',
      '--format=JobID,Account,Partition,Start,End,ElapsedRaw,State,AllocTRES,ConsumedEnergyRaw',
    ]);
  });

  it('keeps the programme’s finished allocations that ended in [from, to), sorted by end, times marked UTC', () => {
    const read = readWindow(REAL, at('14:06:44'), at('14:20:00'), PROJECT);
    expect(read.jobs.map((job) => job.jobId)).toEqual(['38', '39', '40', '41', '43', '56']);
    expect(read.jobs[0]!.line).toBe('38|ehpc-aif-2026pg01-0001|booster|2026-12-07T14:06:42Z|2026-12-07T14:06:44Z|2|COMPLETED|billing=2,cpu=1,gres/gpu=2,node=1|');
    // Cancelled while pending: no start, kept as sacct wrote it.
    expect(read.jobs[5]!.line).toBe('56|ehpc-aif-2026pg01-0001|booster|None|2026-12-07T14:14:42Z|0|CANCELLED by 0||0');
    // The batch step, the pending job and the other account's job are not the platform's.
    expect(read.skipped).toBe(3);
    expect(read.unreadable).toEqual([]);
  });

  it('puts a job ending exactly at the end of a window into the next one, never into both', () => {
    const first = readWindow(REAL, at('14:06:00'), at('14:06:45'), PROJECT);
    const second = readWindow(REAL, at('14:06:45'), at('14:20:00'), PROJECT);
    expect(first.jobs.map((job) => job.jobId)).toEqual(['38']);
    expect(second.jobs.map((job) => job.jobId)).toEqual(['39', '40', '41', '43', '56']);
  });

  it('lists a line with the wrong number of fields as unreadable', () => {
    const read = readWindow('99|ehpc-t-0002|booster|2026-12-07T14:06:44\n', at('14:00:00'), at('14:10:00'), PROJECT);
    expect(read.unreadable).toEqual([{ line: '99|ehpc-t-0002|booster|2026-12-07T14:06:44', reason: 'expected 9 fields, found 4' }]);
  });
});
