import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { AgentMetrics } from '../observability/agent-metrics';
import { PlatformError, type ImportReport, type PlatformApi } from '../platform/platform-api';
import type { RunTool } from '../slurm/slurm-tools';
import { CheckpointStore } from './checkpoint-store';
import { UsagePusher } from './usage-pusher';

// Lines as the test bed's sacct prints them (-X, TZ=UTC); job 5 ends at the same second as 4.
const SACCT = [
  '1|ehpc-t-0002|booster|2026-12-07T10:00:00|2026-12-07T10:00:10|10|COMPLETED|billing=2,cpu=1,gres/gpu=2,node=1|',
  '2|ehpc-t-0002|booster|2026-12-07T10:00:00|2026-12-07T10:00:20|20|COMPLETED|billing=1,cpu=1,gres/gpu=1,node=1|',
  '3|ehpc-t-0002|booster|2026-12-07T10:00:00|2026-12-07T10:00:30|30|FAILED|billing=4,cpu=1,gres/gpu=4,node=1|',
  '4|ehpc-t-0002|booster|2026-12-07T10:00:00|2026-12-07T10:00:40|40|COMPLETED|billing=1,cpu=1,gres/gpu=1,node=1|',
  '5|ehpc-t-0002|booster|2026-12-07T10:00:30|2026-12-07T10:00:40|10|COMPLETED|billing=1,cpu=1,gres/gpu=1,node=1|',
].join('\n');
const NOW = Date.parse('2026-12-07T10:05:00Z');
const ACCOUNTS = new Set(['ehpc-t-0002']);

/** The platform as far as usage goes: keeps jobs by id, replays a key it has seen, records checkpoints. */
class FakePlatform {
  readonly jobs = new Map<string, number>();
  readonly keys = new Map<string, ImportReport>();
  checkpoint: string | null = null;
  failNext = false;

  async usageCheckpoint() {
    return { kept: true, at: this.checkpoint ? new Date(this.checkpoint) : null };
  }

  async pushUsage(_system: string, text: string, key: string, checkpoint: string | null): Promise<ImportReport> {
    if (this.failNext) {
      this.failNext = false;
      throw new PlatformError('POST', '/api/accounting/usage/sacct', 503, 'storage full');
    }
    const replay = this.keys.get(key);
    if (replay) return replay;
    const ids = text.trim().split('\n').slice(1).map((line) => line.split('|')[0]!);
    for (const id of ids) this.jobs.set(id, (this.jobs.get(id) ?? 0) + 1);
    const report: ImportReport = { importId: key, accepted: ids.length, duplicates: 0, flagged: 0, rejected: [], charged: [] };
    this.keys.set(key, report);
    this.checkpoint = checkpoint;
    return report;
  }
}

describe('pushing usage from sacct with a checkpoint', () => {
  let dir: string;
  const sacct: RunTool = async () => ({ stdout: SACCT, stderr: '', exitCode: 0 });
  const settings = { siteId: 'cineca', system: 'leonardo', cluster: 'testbed', sacct: 'sacct', startFrom: new Date('2026-12-07T09:00:00Z'), settleSeconds: 60, batchSize: 2, windowSeconds: 86_400, partitions: [{ name: 'booster', billing: 'gpu' as const, weight: 1 }] };
  const pusher = (platform: FakePlatform, store = new CheckpointStore(dir, settings)) =>
    new UsagePusher(settings, platform as unknown as PlatformApi, sacct, store, new AgentMetrics(), pino({ level: 'silent' }), () => NOW);

  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'site-agent-usage-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('sends every finished job once, in batches, and keeps the checkpoint at the window’s end', async () => {
    const platform = new FakePlatform();
    expect(await pusher(platform).catchUp(ACCOUNTS, () => false)).toEqual({ jobs: 5, batches: 2 });
    expect([...platform.jobs.entries()]).toEqual([['1', 1], ['2', 1], ['3', 1], ['4', 1], ['5', 1]]);
    expect(new CheckpointStore(dir, settings).read()?.until).toBe('2026-12-07T10:04:00.000Z');
    expect(platform.checkpoint).toBe('2026-12-07T10:04:00.000Z');
    // Jobs 4 and 5 end in the same second: one batch takes both. Nothing new: a second round sends nothing.
    expect(platform.keys.size).toBe(2);
    await pusher(platform).catchUp(ACCOUNTS, () => false);
    expect(platform.keys.size).toBe(2);
  });

  it('after a refused batch, keeps its checkpoint and sends the same batch again, with the same key', async () => {
    const platform = new FakePlatform();
    const keys: string[] = [];
    const push = platform.pushUsage.bind(platform);
    platform.pushUsage = (system, text, key, checkpoint) => {
      keys.push(key);
      return push(system, text, key, checkpoint);
    };
    platform.failNext = true;
    const agent = pusher(platform);
    await expect(agent.catchUp(ACCOUNTS, () => false)).rejects.toThrow('answered 503');
    expect(platform.jobs.size).toBe(0);
    expect(new CheckpointStore(dir, settings).read()).toBeNull();
    await agent.catchUp(ACCOUNTS, () => false);
    expect([...platform.jobs.values()]).toEqual([1, 1, 1, 1, 1]);
    expect(keys[1]).toBe(keys[0]);
  });

  it('after a crash between the platform’s acceptance and the local save, starts from the later checkpoint: no job twice', async () => {
    const platform = new FakePlatform();
    await pusher(platform).catchUp(ACCOUNTS, () => false);
    // The local file is one batch behind (the crash lost the last save).
    new CheckpointStore(dir, settings).save(new Date('2026-12-07T10:00:30Z'), 1);
    const restarted = pusher(platform);
    expect((await restarted.start()).toISOString()).toBe('2026-12-07T10:04:00.000Z');
    await restarted.catchUp(ACCOUNTS, () => false);
    expect([...platform.jobs.values()]).toEqual([1, 1, 1, 1, 1]);
  });

  it('without the platform’s checkpoint, a re-sent batch carries the same key and is a replay', async () => {
    const platform = new FakePlatform();
    await pusher(platform).catchUp(ACCOUNTS, () => false);
    platform.checkpoint = null;
    new CheckpointStore(dir, settings).save(new Date('2026-12-07T10:00:30Z'), 1);
    const imports = platform.keys.size;
    await pusher(platform).catchUp(ACCOUNTS, () => false);
    expect(platform.keys.size).toBe(imports);
    expect([...platform.jobs.values()]).toEqual([1, 1, 1, 1, 1]);
  });

  it('says how far it is while it catches up on a backlog: jobs of the window and windows left', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
    const hourly = { ...settings, windowSeconds: 3_600 };
    const agent = new UsagePusher(hourly, new FakePlatform() as unknown as PlatformApi, sacct, new CheckpointStore(dir, hourly), new AgentMetrics(), log, () => NOW);
    await agent.catchUp(ACCOUNTS, () => false);
    const progress = lines.filter((line) => line['msg'] === 'catching up: usage batch accepted').map((line) => [line['progress'], line['window']]);
    // From 09:00 to 10:04, two windows of an hour; the jobs all end in the second, cut in two batches.
    expect(progress).toEqual([['2/5 jobs', '2/2'], ['5/5 jobs', '2/2']]);
  });
});
