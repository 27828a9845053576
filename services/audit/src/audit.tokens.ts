import type { Clock } from '@hpc-access/eventsourcing';

/** DI tokens of the audit service. */
export const AUDIT_DB = Symbol('AUDIT_DB');
export const AUDIT_OPTIONS = Symbol('AUDIT_OPTIONS');
export const AUDIT_KEYS = Symbol('AUDIT_KEYS');
/** The start-up history check, run while the providers are built (before any module's hooks). */
export const AUDIT_STARTUP_CHECK = Symbol('AUDIT_STARTUP_CHECK');

export { systemClock, type Clock } from '@hpc-access/eventsourcing';

/** The schemas of the services whose events the ledger sequences, in embedded and distributed mode alike. */
export const DEFAULT_SOURCES = ['intake', 'governance', 'ethics', 'allocation', 'accounting'] as const;

export interface LedgerOptions {
  /** The log's origin line in every checkpoint, and the signing key's name. */
  origin?: string;
  /**
   * The Ed25519 signing key, `PRIVATE+KEY+<name>+<id>+<base64>` (libs/ledger; Go's note format).
   * Without it, `developmentKey` must be set: a key is generated once and kept in the audit schema.
   */
  signerKey?: string;
  /**
   * The verifier keys of earlier signing keys (rotated out), each `<verifier key>@<the last tree
   * size it signed>`, separated by commas or white space: the start-up check accepts a newest
   * checkpoint they signed up to that size, and the public-key route publishes them.
   */
  previousVerifierKeys?: string;
  /** Embedded and development mode: generate and keep a key when none is configured. */
  developmentKey?: boolean;
  /** Sign a checkpoint once this many events were sequenced since the last (default 256). */
  checkpointEvery?: number;
  /**
   * ... or, once the sequencer has caught up, when this long passed since the last (default 1 s): a
   * quiet platform has its last events signed within about a second, and then writes nothing.
   */
  checkpointIntervalMs?: number;
  /** How often the sequencer looks for new events (default 200 ms). */
  pollMs?: number;
  /** Start the sequencer loop at bootstrap (default true; tests drive it by hand). */
  autoStart?: boolean;
}

export interface AuditOptionsShape {
  schema: string;
  sources: readonly string[];
  origin: string;
  signerKey: string | undefined;
  previousVerifierKeys: string | undefined;
  developmentKey: boolean;
  checkpointEvery: number;
  checkpointIntervalMs: number;
  pollMs: number;
  autoStart: boolean;
  clock: Clock;
}
