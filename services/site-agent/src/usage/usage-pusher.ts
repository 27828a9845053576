import type { Logger } from 'pino';
import type { AgentMetrics } from '../observability/agent-metrics';
import type { PlatformApi } from '../platform/platform-api';
import { ToolError, type RunTool } from '../slurm/slurm-tools';
import { batchText, cutBatches, idempotencyKeyOf } from './batches';
import { gpuHoursOf, type PartitionRule } from './billing';
import type { CheckpointStore } from './checkpoint-store';
import { SACCT_ENV, readWindow, sacctArgs, type ProgrammeAccounts } from './sacct-window';

export interface UsageSettings {
  siteId: string;
  system: string;
  cluster: string;
  sacct: string;
  startFrom: Date;
  settleSeconds: number;
  batchSize: number;
  windowSeconds: number;
  partitions: PartitionRule[];
  /** Testing only: SIGKILL itself once the platform accepted this many batches, before saving the checkpoint. */
  crashAfterBatches?: number;
}

/**
 * Reads finished jobs from sacct since the checkpoint and pushes them to the platform in batches.
 * The checkpoint moves only after the platform accepted a batch, so a crash at any moment sends a
 * batch again at worst, never skips one; the batch's Idempotency-Key turns that re-send into a
 * replay of the first answer, and the platform's own checkpoint (taken at start when later than
 * ours) spares even that.
 */
export class UsagePusher {
  private checkpoint: Date | undefined;
  /** Whether the platform records our checkpoint with each batch. */
  private platformKeepsCheckpoints = false;
  private batchesPushed = 0;
  private batchesThisRun = 0;

  constructor(
    private readonly settings: UsageSettings,
    private readonly platform: PlatformApi,
    private readonly run: RunTool,
    private readonly store: CheckpointStore,
    private readonly metrics: AgentMetrics,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** The later of our checkpoint and the platform's; the configured start when neither has one. */
  async start(): Promise<Date> {
    const local = this.store.read();
    const { kept, at: platform } = await this.platform.usageCheckpoint(this.settings.system);
    this.platformKeepsCheckpoints = kept;
    const localUntil = local ? new Date(local.until) : null;
    this.batchesPushed = local?.batchesPushed ?? 0;
    const candidates = [localUntil, platform].filter((d): d is Date => d !== null);
    this.checkpoint = candidates.length ? new Date(Math.max(...candidates.map((d) => d.getTime()))) : this.settings.startFrom;
    this.log.info({ local: localUntil?.toISOString() ?? null, platform: platform?.toISOString() ?? null, from: this.checkpoint.toISOString() }, 'usage checkpoint');
    this.metrics.checkpoint.set(this.checkpoint.getTime() / 1000);
    return this.checkpoint;
  }

  /** Pushes every job that ended between the checkpoint and (now - settle); window by window while catching up. */
  async catchUp(accounts: ProgrammeAccounts, stopping: () => boolean): Promise<{ jobs: number; batches: number }> {
    if (!this.checkpoint) await this.start();
    const totals = { jobs: 0, batches: 0 };
    const horizon = Math.floor((this.now() - this.settings.settleSeconds * 1000) / 1000) * 1000;
    const windowsLeft = (from: Date) => Math.max(1, Math.ceil((horizon - from.getTime()) / (this.settings.windowSeconds * 1000)));
    const windowsTotal = windowsLeft(this.checkpoint as Date);
    let windowNumber = 0;
    while (!stopping()) {
      const from = this.checkpoint as Date;
      const to = new Date(Math.min(horizon, from.getTime() + this.settings.windowSeconds * 1000));
      this.metrics.lag.set(Math.max(0, (this.now() - from.getTime()) / 1000));
      if (to.getTime() <= from.getTime()) break;
      windowNumber += 1;
      const pushed = await this.pushWindow(from, to, accounts, { windowNumber, windowsTotal });
      totals.jobs += pushed.jobs;
      totals.batches += pushed.batches;
      if (to.getTime() >= horizon) break;
    }
    return totals;
  }

  private async pushWindow(from: Date, to: Date, accounts: ProgrammeAccounts, progress: { windowNumber: number; windowsTotal: number }): Promise<{ jobs: number; batches: number }> {
    const args = sacctArgs(this.settings.cluster, from, to);
    this.log.debug({ sacct: args }, 'reading finished jobs');
    const result = await this.run(this.settings.sacct, args, SACCT_ENV);
    if (result.exitCode !== 0) throw new ToolError([this.settings.sacct, ...args], result);
    const read = readWindow(result.stdout, from, to, accounts);
    for (const bad of read.unreadable) this.log.warn({ line: bad.line, reason: bad.reason }, 'sacct line not read');
    const batches = cutBatches(read.jobs, from, to, this.settings.batchSize);
    this.log.debug({ from: from.toISOString(), to: to.toISOString(), jobs: read.jobs.length, skipped: read.skipped, batches: batches.length }, 'window read');
    const catchingUp = progress.windowsTotal > 1 || batches.length > 1;
    let sent = 0;
    for (const [index, batch] of batches.entries()) {
      const key = idempotencyKeyOf(this.settings, batch);
      this.log.debug({ key, jobs: batch.jobs.length, to: batch.to.toISOString() }, 'pushing batch');
      const report = await this.platform.pushUsage(this.settings.system, batchText(batch), key, this.platformKeepsCheckpoints ? batch.to.toISOString() : null);
      this.batchesThisRun += 1;
      if (this.settings.crashAfterBatches !== undefined && this.batchesThisRun >= this.settings.crashAfterBatches) {
        this.log.warn({ batch: this.batchesThisRun }, 'testing: SIGKILL after the platform accepted the batch, before the checkpoint is saved');
        process.kill(process.pid, 'SIGKILL');
        await new Promise(() => undefined);
      }
      this.advance(batch.to);
      sent += batch.jobs.length;
      const billed = batch.jobs.reduce((sum, job) => sum + (gpuHoursOf(job, this.settings.partitions) ?? 0), 0);
      this.metrics.jobsPushed.inc(batch.jobs.length);
      this.metrics.batchesPushed.inc();
      this.metrics.gpuHoursBilled.inc(billed);
      const charged = (report.charged ?? []).reduce((sum, c) => sum + c.gpuHours, 0);
      this.log.info(
        {
          batch: `${index + 1}/${batches.length}`, ...(catchingUp ? { progress: `${sent}/${read.jobs.length} jobs`, window: `${progress.windowNumber}/${progress.windowsTotal}` } : {}),
          from: batch.from.toISOString(), to: batch.to.toISOString(), jobs: batch.jobs.length, gpuHoursBilled: round(billed),
          accepted: report.accepted, duplicates: report.duplicates, flagged: report.flagged, rejected: report.rejected?.length ?? 0, gpuHoursCharged: round(charged), importId: report.importId,
        },
        catchingUp ? 'catching up: usage batch accepted' : 'usage batch accepted',
      );
      if (report.flagged > 0 || (report.rejected?.length ?? 0) > 0) this.log.warn({ importId: report.importId, flagged: report.flagged, rejected: report.rejected }, 'the platform flagged or rejected records of the batch');
    }
    // The window is done up to its end, with or without jobs in it.
    this.advance(to);
    return { jobs: read.jobs.length, batches: batches.length };
  }

  private advance(until: Date): void {
    if (this.checkpoint && until.getTime() <= this.checkpoint.getTime()) return;
    this.batchesPushed += 1;
    this.store.save(until, this.batchesPushed);
    this.checkpoint = until;
    this.metrics.checkpoint.set(until.getTime() / 1000);
  }
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
