import { HASH_SIZE, type Hash } from './hashing';

const PER_CHUNK = 4096;

/**
 * A growing list of 32-byte hashes in fixed chunks: a million leaves are 32 MB in 245 buffers,
 * not a million Buffer objects for the collector to walk.
 */
export class HashColumn {
  private readonly chunks: Buffer[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(hash: Uint8Array): void {
    const offset = this.count % PER_CHUNK;
    if (offset === 0) this.chunks.push(Buffer.allocUnsafe(PER_CHUNK * HASH_SIZE));
    this.chunks[this.chunks.length - 1].set(hash, offset * HASH_SIZE);
    this.count++;
  }

  /** A view of hash i (valid while the column lives; copy it to keep it elsewhere). */
  view(i: number): Hash {
    if (i < 0 || i >= this.count) throw new RangeError(`hash ${i} of ${this.count}`);
    const offset = (i % PER_CHUNK) * HASH_SIZE;
    return this.chunks[Math.floor(i / PER_CHUNK)].subarray(offset, offset + HASH_SIZE);
  }
}
