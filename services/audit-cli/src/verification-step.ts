import type { BundleHeader, StoredEvent } from '@hpc-access/audit-bundle';

/**
 * A check beside the hash chains, fed the same events in the same order: the seam for the
 * ledger's checks (checkpoint signatures and roots, inclusion, consistency; ADR 28, 30). A step sees
 * every event once, may claim bundle records of its kind, and reports what does not hold.
 */
export interface VerificationStep {
  /** What it checked, for the report ("the ledger's 3 signed checkpoints against key ..."). */
  checked(): string[];
  /** What it could not check, and why. */
  notChecked(): string[];
  onEvent(event: StoredEvent): void;
  /** A bundle record other than an event (a checkpoint): true when it is this step's. */
  onRecord?(record: { record: string } & Record<string, unknown>, lineNumber: number, digestBefore?: string): boolean;
  /** A bundle's header, before anything else (a time-range bundle says so there). */
  onHeader?(header: BundleHeader): void;
  /** Problems found, once every event was seen. */
  finish(): string[] | Promise<string[]>;
}
