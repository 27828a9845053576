import { chainHash } from '@hpc-access/eventsourcing';
import { storedHashedContent, type StoredEvent } from '@hpc-access/audit-bundle';

/** What an alteration looks like from the chain. */
export type FindingKind = 'hash-mismatch' | 'chain-break' | 'position-gap' | 'out-of-order';

/** An event that does not match, and why. */
export interface Finding {
  kind: FindingKind;
  service: string;
  streamId: string;
  streamPosition: number;
  eventId: string;
  globalPosition: string;
  reason: string;
  /** Where in the reading order (service by service, then the store's order) it was met. */
  order: number;
}

interface StreamState {
  next: number;
  hash: string | null;
  eventId: string | null;
  /** The event before the last: an inserted event shows as a chain to it. */
  beforeHash: string | null;
  beforeEventId: string | null;
  /** The stream's first finding; later events of a broken stream only refine it. */
  broken?: Finding;
  missing?: number;
}

const FINDINGS_KEPT = 100;

/**
 * Recomputes every stream's hash chain from events read in the store's order (per service by
 * transaction and global position, as the ledger and every reader see them), keeping one small
 * state per stream. Within a stream the store writes positions in that order, so an event whose
 * position is not the next one is itself an alteration; it is named at once and refined if the
 * missing position turns up later (a reorder rather than a deletion).
 */
export class ChainVerifier {
  private readonly streams = new Map<string, StreamState>();
  private readonly findings: Finding[] = [];
  private findingCount = 0;
  private count = 0;
  /**
   * A time-range bundle: a stream may start after position 0, its first event chaining to one
   * outside the range; that link is anchored by the event's inclusion proof instead (BundleLedgerStep).
   */
  partial = false;

  get events(): number {
    return this.count;
  }

  get streamCount(): number {
    return this.streams.size;
  }

  /** Findings in reading order (the first is the first event that does not match), at most 100. */
  result(): { findings: Finding[]; findingCount: number } {
    return { findings: [...this.findings].sort((a, b) => a.order - b.order), findingCount: this.findingCount };
  }

  /**
   * `hashMatches`: whether the event's hash is that of its content chained to its prev_hash, when
   * another thread found out already (HashWorkers); computed here otherwise.
   */
  check(event: StoredEvent, hashMatches?: boolean): void {
    const order = this.count++;
    const key = `${event.service}\u0000${event.streamId}`;
    let state = this.streams.get(key);
    if (state === undefined) {
      const start = this.partial ? event.streamPosition : 0;
      state = { next: start, hash: this.partial ? (event.prevHash ?? null) : null, eventId: null, beforeHash: null, beforeEventId: null };
      this.streams.set(key, state);
    }
    if (state.broken) return this.refine(state, event);
    const position = event.streamPosition;
    if (position !== state.next) {
      if (position > state.next) {
        state.missing = state.next;
        const gone = state.next === 0 ? "the stream's first events are missing" : `position ${state.next} is missing`;
        return this.report(state, 'position-gap', event, order, `${gone}: an event was deleted, or moved`);
      }
      return this.report(state, 'out-of-order', event, order, `position ${position} comes after position ${state.next - 1} (event ${state.eventId}) in the store's order: events were reordered or duplicated`);
    }
    const prevHash = event.prevHash ?? null;
    if (prevHash !== state.hash) {
      return this.report(state, 'chain-break', event, order, this.chainBreakReason(state, position, prevHash));
    }
    // prev_hash is the previous event's hash (checked above), so this is the chain's hash.
    if (!(hashMatches ?? chainHash(state.hash, position, storedHashedContent(event)) === event.hash)) {
      return this.report(state, 'hash-mismatch', event, order, 'hash mismatch: its data, type, metadata, id or time is not what was hashed when it was written');
    }
    state.beforeHash = state.hash;
    state.beforeEventId = state.eventId;
    state.hash = event.hash;
    state.eventId = event.eventId;
    state.next = position + 1;
  }

  private chainBreakReason(state: StreamState, position: number, prevHash: string | null): string {
    if (position === 0) return `chain break: the first event of a stream chains to nothing, this one to ${prevHash}`;
    if (position >= 2 && prevHash !== null && prevHash === state.beforeHash) {
      return `chain break: it chains to position ${position - 2} (event ${state.beforeEventId}), not to position ${position - 1} (event ${state.eventId}): that event was inserted`;
    }
    return `chain break: its prev_hash is not the hash of position ${position - 1} (event ${state.eventId}): an event before it was replaced, inserted, removed or reordered`;
  }

  private refine(state: StreamState, event: StoredEvent): void {
    const finding = state.broken!;
    if (finding.kind !== 'position-gap' || state.missing === undefined || event.streamPosition !== state.missing) return;
    // The position thought deleted comes later: swapped, moved, or an insertion that pushed the others up.
    finding.kind = 'out-of-order';
    finding.reason = `position ${state.missing} (event ${event.eventId}) is stored after position ${finding.streamPosition} (event ${finding.eventId}): events were swapped or moved, or one inserted; the chain breaks here`;
    state.missing = undefined;
  }

  private report(state: StreamState, kind: FindingKind, event: StoredEvent, order: number, reason: string): void {
    const finding: Finding = { kind, service: event.service, streamId: event.streamId, streamPosition: event.streamPosition, eventId: event.eventId, globalPosition: event.globalPosition, reason, order };
    state.broken = finding;
    this.findingCount++;
    if (this.findings.length < FINDINGS_KEPT) this.findings.push(finding);
  }
}

/** One line for a person: where, which event, why. */
export function describeFinding(finding: Finding): string {
  return `${finding.service} stream ${finding.streamId} position ${finding.streamPosition} (event ${finding.eventId}, global position ${finding.globalPosition}): ${finding.reason}`;
}
