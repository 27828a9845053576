import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { storageState, type StorageState } from '@hpc-access/sql';

/**
 * What the check found: the process refuses writes and reports not ready while the history is
 * altered or not checked yet. One per process, like the storage state, and told to it: after the
 * check found the history altered, and while a later check runs, the storage state refuses every
 * event append of the process (HTTP commands, bus reactions, deadlines, usage ingest), not only
 * the HTTP requests the interceptor sees (a refusal is a wait for the buses and the scheduler).
 *
 * The start-up check itself runs while the application's providers are built (AuditModule's
 * AUDIT_STARTUP_CHECK), before any module's init hook, consumer, scheduler or server: nothing
 * can append before its verdict. The storage state does not refuse during that one, because the
 * other services' migrations run beside it, and they define `append_events(...)`.
 */
@Injectable()
export class LedgerIntegrity implements OnModuleDestroy {
  private state: { kind: 'checking' } | { kind: 'intact' } | { kind: 'altered'; reason: string } = { kind: 'checking' };

  // The process's, as the storage-full watch is: every database of the process consults it.
  private readonly storage: StorageState = storageState;
  // Whether the storage state's refusal is this one's to lift (another may come from elsewhere).
  private refusing = false;

  get altered(): string | null {
    return this.state.kind === 'altered' ? this.state.reason : null;
  }

  get checking(): boolean {
    return this.state.kind === 'checking';
  }

  /** For readiness: throws why the process must not take traffic yet. */
  check(): void {
    if (this.state.kind === 'checking') throw new Error('checking the event history against the newest signed checkpoint');
    if (this.state.kind === 'altered') throw new Error(`history altered: ${this.state.reason}`);
  }

  /** A check begins; one after the start (the application running) refuses appends until its verdict. */
  markChecking(): void {
    const running = this.state.kind !== 'checking';
    this.state = { kind: 'checking' };
    if (running) this.refuse(CHECKING);
  }

  markIntact(): void {
    this.state = { kind: 'intact' };
    this.lift();
  }

  markAltered(reason: string): void {
    this.state = { kind: 'altered', reason };
    this.refuse(`history-altered: ${reason}`);
  }

  // The refusal lives as long as the application that decided it (a test starts the next one in the same process).
  onModuleDestroy(): void {
    this.lift();
  }

  private refuse(reason: string): void {
    this.refusing = true;
    this.storage.refuseWrites(reason);
  }

  private lift(): void {
    if (this.refusing) this.storage.allowWrites();
    this.refusing = false;
  }
}

/** The storage state's reason while a check runs (`WritesRefusedError.reason`). */
export const CHECKING = 'history-check-running: the event history is being checked against the newest signed checkpoint';
