/** A stream's last event as this process last saw it: its position (the revision) and hash. */
export interface StreamHead {
  revision: number;
  hash: string;
}

/**
 * The last event of recently written or read streams, so that the next append can chain its
 * hashes without reading the stream first. Only a hint: the append checks in the same statement
 * that the stream's last event still is this one (another process may have appended, or the
 * transaction that wrote it rolled back), and falls back to append_events() when it is not.
 * Bounded: the streams least recently remembered are forgotten first.
 */
export class StreamHeads {
  private readonly heads = new Map<string, StreamHead>();

  constructor(private readonly capacity = 10_000) {}

  /** The head if it is at `revision`, the revision the caller expects the stream to have. */
  at(streamId: string, revision: number): StreamHead | undefined {
    const head = this.heads.get(streamId);
    return head && head.revision === revision ? head : undefined;
  }

  remember(streamId: string, revision: number, hash: string): void {
    this.heads.delete(streamId);
    this.heads.set(streamId, { revision, hash });
    if (this.heads.size > this.capacity) this.heads.delete(this.heads.keys().next().value as string);
  }

  forget(streamId: string): void {
    this.heads.delete(streamId);
  }
}
