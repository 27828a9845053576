import { Injectable } from '@nestjs/common';

/**
 * What the start-up check found: the process refuses writes and reports not ready while the
 * history is altered (or not checked yet). One per process, like the storage state.
 */
@Injectable()
export class LedgerIntegrity {
  private state: { kind: 'checking' } | { kind: 'intact' } | { kind: 'altered'; reason: string } = { kind: 'checking' };

  get altered(): string | null {
    return this.state.kind === 'altered' ? this.state.reason : null;
  }

  /** For readiness: throws why the process must not take traffic yet. */
  check(): void {
    if (this.state.kind === 'checking') throw new Error('checking the event history against the newest signed checkpoint');
    if (this.state.kind === 'altered') throw new Error(`history altered: ${this.state.reason}`);
  }

  markIntact(): void {
    this.state = { kind: 'intact' };
  }

  markAltered(reason: string): void {
    this.state = { kind: 'altered', reason };
  }
}
