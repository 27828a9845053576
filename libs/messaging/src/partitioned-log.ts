import type { MessageHandler } from './message-bus';

/** One stored message; `json` is the wire form, so every delivery parses its own copy. */
export interface StoredRecord {
  readonly key: string;
  readonly json: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly partition: number;
  readonly offset: number;
}

export interface Member {
  readonly handler: MessageHandler;
  /** Aborted when the member leaves: wakes its backoff and keeps its message unacknowledged. */
  readonly abort: AbortController;
  readonly inFlight: Set<Promise<boolean>>;
}

export interface ConsumerGroup {
  readonly name: string;
  /** Next offset to deliver, per partition. Kept when members leave, as a committed offset is. */
  readonly offsets: number[];
  /** A pump is feeding the partition (handling or waiting to retry). */
  readonly busy: boolean[];
  readonly members: Member[];
}

/** A topic of the in-process bus: an ordered log per partition and the groups reading it. */
export class PartitionedLog {
  readonly partitions: StoredRecord[][];
  /** Every record in the order appended, across partitions. */
  readonly order: StoredRecord[] = [];
  readonly groups = new Map<string, ConsumerGroup>();

  constructor(
    readonly topic: string,
    partitionCount: number,
  ) {
    this.partitions = Array.from({ length: partitionCount }, () => []);
  }

  append(partition: number, key: string, json: string, headers: Record<string, string>): number {
    const record: StoredRecord = { key, json, headers, partition, offset: this.partitions[partition].length };
    this.partitions[partition].push(record);
    this.order.push(record);
    return partition;
  }

  /** A new group starts at the beginning of every partition (`auto.offset.reset=earliest`). */
  group(name: string): ConsumerGroup {
    let group = this.groups.get(name);
    if (!group) {
      const zeros = () => this.partitions.map(() => 0);
      group = { name, offsets: zeros(), busy: this.partitions.map(() => false), members: [] };
      this.groups.set(name, group);
    }
    return group;
  }

  /** Partitions where a group with members has work left, described for a timeout message. */
  lag(): string[] {
    return [...this.groups.values()]
      .filter((group) => group.members.length > 0)
      .flatMap((group) =>
        this.partitions
          .map((records, p) => ({ p, behind: records.length - group.offsets[p], busy: group.busy[p] }))
          .filter(({ behind, busy }) => behind > 0 || busy)
          .map(({ p, behind }) => `${this.topic}[${p}] group ${group.name}: ${behind} behind`),
      );
  }
}

/** FNV-1a over the key's UTF-8 bytes: stable across processes, so a key keeps its partition. */
export function partitionFor(key: string, partitions: number): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(key, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash % partitions;
}
