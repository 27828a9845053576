import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { structuredLogger } from '@hpc-access/http';
import type { Database } from '@hpc-access/sql';
import { AUDIT_DB, AUDIT_KEYS, AUDIT_OPTIONS, type AuditOptionsShape } from './audit.tokens';
import { CheckpointStore, type StoredCheckpoint } from './checkpoints/checkpoint-store';
import { Checkpointer } from './checkpoints/checkpointer';
import { checkHistory } from './history-check/history-check';
import { LedgerIntegrity } from './history-check/ledger-integrity';
import { LedgerTree } from './ledger/ledger-tree';
import { Sequencer } from './ledger/sequencer';
import type { LedgerKeys } from './ledger/signing-key';

/**
 * What runs in the background of audit: at start, the check of the store against the newest
 * signed checkpoint (refusing writes and readiness when the history shrank or changed); then the
 * sequencer, which folds every committed event into the ledger and signs checkpoints when due.
 */
@Injectable()
export class AuditRuntime implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = structuredLogger('audit');
  private readonly sequencer: Sequencer;
  private readonly checkpointer: Checkpointer;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    @Inject(AUDIT_DB) private readonly db: Database,
    @Inject(AUDIT_OPTIONS) private readonly options: AuditOptionsShape,
    @Inject(AUDIT_KEYS) private readonly keys: LedgerKeys,
    private readonly tree: LedgerTree,
    private readonly checkpoints: CheckpointStore,
    private readonly integrity: LedgerIntegrity,
  ) {
    this.sequencer = new Sequencer(db, options.schema, options.sources);
    this.checkpointer = new Checkpointer(db, tree, checkpoints, keys, options.origin, options.clock);
  }

  /**
   * The start-up check, run by the module's AUDIT_STARTUP_CHECK provider while the application is
   * being built: before any module's init hook (configuration seeds), consumer, scheduler or
   * listening server, so nothing of the process is applied before the verdict, and nothing
   * waits on it needlessly either (ADR 28).
   */
  async checkAtStart(): Promise<void> {
    const { keys } = this;
    this.log.info('audit ledger signing key', { verifierKey: keys.signer.verifierKey, source: keys.source });
    if (keys.source === 'development') this.log.warn('the audit ledger signs with a development key kept in its own schema; configure AUDIT_SIGNER_KEY in production');
    await this.checkStore();
  }

  onApplicationBootstrap(): void {
    if (this.integrity.altered === null && !this.integrity.checking && this.options.autoStart) this.schedule();
  }

  /** The check; also what a test calls after altering the store behind the platform's back. Appends wait (refused) while it runs. */
  async checkStore(): Promise<boolean> {
    this.integrity.markChecking();
    // A store that cannot even be read (a damaged table file) is a finding too, not a crash at start.
    const verdict = await checkHistory(this.db, { schema: this.options.schema, sources: this.options.sources, keys: this.keys.ring, checkpoints: this.checkpoints }).catch((error: unknown) => ({
      ok: false as const,
      findings: [`the store could not be read for the check: ${error instanceof Error ? error.message : String(error)}`],
      tree: null,
      leavesChecked: 0,
      checkpointSize: null,
    }));
    if (verdict.ok) {
      this.tree.seed(verdict.tree);
      this.integrity.markIntact();
      await this.publishVerdict(null);
      this.log.info('event history matches the audit ledger', { leaves: verdict.leavesChecked, checkpointSize: verdict.checkpointSize });
      return true;
    }
    const more = verdict.findings.length > 1 ? ` (and ${verdict.findings.length - 1} more findings in the log)` : '';
    this.integrity.markAltered(`${verdict.findings[0]}${more}`);
    for (const finding of verdict.findings) this.log.error('event history altered: writes refused, not ready', { finding });
    // Once, here: the consumers and the scheduler that meet the refusal wait on it without a word.
    this.log.error('this process appends no events until a start finds the history intact: HTTP commands answer 503, bus messages stay unacknowledged, deadlines stay due', { reason: this.integrity.altered });
    await this.publishVerdict(this.integrity.altered);
    return false;
  }

  // For the other services' processes in distributed mode (libs/service-host's HistoryVerdictWatch).
  // Not an event append, so written even while appends are refused; a store too damaged to take
  // it leaves the services on their last verdict, and this process refusing all the same.
  private async publishVerdict(altered: string | null): Promise<void> {
    await this.db
      .query(
        `INSERT INTO ${this.options.schema}.history_verdict (id, altered, checked_at) VALUES (1, $1, $2)
           ON CONFLICT (id) DO UPDATE SET altered = EXCLUDED.altered, checked_at = EXCLUDED.checked_at`,
        [altered, this.options.clock.now()],
      )
      .catch((error: unknown) => this.log.error('the history verdict could not be recorded for the other services', { error: String(error) }));
  }

  /** Sequences everything committed so far; returns how many leaves were added. */
  sequenceNow(): Promise<number> {
    return this.exclusive(() => this.sequencer.sequenceAll());
  }

  /** Sequences everything committed so far and signs a checkpoint if anything is new; answers the newest (tests, demo). */
  checkpointNow(): Promise<StoredCheckpoint | null> {
    return this.exclusive(async () => {
      if (this.integrity.altered) throw new Error(`no checkpoint over an altered history: ${this.integrity.altered}`);
      await this.sequencer.sequenceAll();
      return (await this.checkpointer.checkpointIfDue(this.cadence(), true)) ?? this.checkpoints.latest(this.db);
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.exclusive(async () => {
        await this.sequencer.sequenceAll();
        await this.checkpointer.checkpointIfDue(this.cadence());
      })
        .catch((error: unknown) => this.log.error('sequencing failed; retrying', { error: String(error) }))
        .finally(() => this.schedule());
    }, this.options.pollMs);
  }

  private cadence() {
    return { every: this.options.checkpointEvery, intervalMs: this.options.checkpointIntervalMs };
  }

  // One round at a time: the loop and a test's call never sequence side by side in one process.
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.running.then(work);
    this.running = next.catch(() => undefined);
    return next;
  }
}
