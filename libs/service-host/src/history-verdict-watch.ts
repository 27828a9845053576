import { assertSchemaName, storageState, type Database, type StorageState } from '@hpc-access/sql';

export interface HistoryVerdictLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

// The relation or its schema does not exist: audit has not run against this server (yet).
const NOT_THERE = new Set(['42P01', '3F000']);

/**
 * Distributed mode (ADR 28): the audit process checks the history at its start and records its
 * verdict in `<audit schema>.history_verdict`; every service process reads it at start and on a
 * poll and, while it says altered, refuses every event append the way the embedded process does
 * (the storage state: HTTP commands 503, bus messages left unacknowledged, no deadline fires,
 * readiness down). Logged once per change, not per poll.
 *
 * The lag is bounded: a poll every `pollMs`, each read given at most `pollMs` (one that takes
 * longer is abandoned, the last verdict kept, and the next poll comes on time), so a verdict the
 * audit recorded is applied within 2 x `pollMs` (ADR 28). What the audit has not recorded yet
 * (while it is down, or during its own start-up check) no poll can see.
 */
export class HistoryVerdictWatch {
  private timer: NodeJS.Timeout | null = null;
  private refusing = false;

  constructor(
    private readonly db: Database,
    private readonly options: { auditSchema: string; pollMs: number; logger: HistoryVerdictLogger; storage?: StorageState },
  ) {
    if (!Number.isInteger(options.pollMs) || options.pollMs < 1) throw new Error(`HISTORY_VERDICT_POLL_MS must be a whole number of milliseconds above 0, not "${options.pollMs}"`);
  }

  private get storage(): StorageState {
    return this.options.storage ?? storageState;
  }

  /** Reads the verdict once and applies it; what it applies (the altered reason, or null). */
  async poll(): Promise<string | null> {
    let altered: string | null;
    let deadline: NodeJS.Timeout | undefined;
    try {
      const read = this.db.query<{ altered: string | null }>(`SELECT altered FROM ${assertSchemaName(this.options.auditSchema)}.history_verdict WHERE id = 1`);
      const late = new Promise<never>((_, reject) => {
        deadline = setTimeout(() => reject(new Error(`no answer within ${this.options.pollMs} ms`)), this.options.pollMs);
      });
      read.catch(() => undefined);
      const { rows } = await Promise.race([read, late]);
      altered = rows[0]?.altered ?? null;
    } catch (error) {
      if (!NOT_THERE.has((error as { code?: string }).code ?? '')) {
        // Unreadable now (a connection lost): keep what was last decided rather than guess.
        this.options.logger.warn('the audit\'s history verdict could not be read; keeping the last one', { error: String(error) });
        return this.storage.refused;
      }
      altered = null;
    } finally {
      clearTimeout(deadline);
    }
    if (altered !== null && !this.refusing) {
      this.refusing = true;
      this.storage.refuseWrites(`history-altered: ${altered}`);
      this.options.logger.error('the audit found the event history altered: this process appends no events (HTTP commands 503, bus messages stay unacknowledged, deadlines stay due)', { reason: altered });
    } else if (altered === null && this.refusing) {
      this.refusing = false;
      this.storage.allowWrites();
      this.options.logger.info('the audit found the event history intact again: writes resume');
    }
    return altered;
  }

  /** The first read before the consumers and the scheduler start, then a poll. */
  async start(): Promise<void> {
    await this.poll();
    const tick = () => {
      this.timer = setTimeout(() => void this.poll().finally(() => this.timer && tick()), this.options.pollMs);
      // The poll alone keeps no process alive.
      this.timer.unref();
    };
    tick();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
