import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { storageState, type StorageState } from '@hpc-access/sql';

/**
 * What the start-up check found: the process refuses writes and reports not ready while the
 * history is altered (or not checked yet). One per process, like the storage state, and told to
 * it: an altered history makes the storage state refuse every event append of the process (HTTP
 * commands, bus reactions, deadlines, usage ingest), not only the HTTP requests the interceptor
 * sees.
 */
@Injectable()
export class LedgerIntegrity implements OnModuleDestroy {
  private state: { kind: 'checking' } | { kind: 'intact' } | { kind: 'altered'; reason: string } = { kind: 'checking' };

  // The process's, as the storage-full watch is: every database of the process consults it.
  private readonly storage: StorageState = storageState;

  get altered(): string | null {
    return this.state.kind === 'altered' ? this.state.reason : null;
  }

  /** For readiness: throws why the process must not take traffic yet. */
  check(): void {
    if (this.state.kind === 'checking') throw new Error('checking the event history against the newest signed checkpoint');
    if (this.state.kind === 'altered') throw new Error(`history altered: ${this.state.reason}`);
  }

  markIntact(): void {
    if (this.state.kind === 'altered') this.storage.allowWrites();
    this.state = { kind: 'intact' };
  }

  markAltered(reason: string): void {
    this.state = { kind: 'altered', reason };
    this.storage.refuseWrites(`history-altered: ${reason}`);
  }

  // The refusal lives as long as the application that decided it (a test starts the next one in the same process).
  onModuleDestroy(): void {
    if (this.state.kind === 'altered') this.storage.allowWrites();
  }
}
