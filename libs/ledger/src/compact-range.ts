import { assertHash, emptyRoot, nodeHash, type Hash } from './hashing';

/**
 * The frontier of a tree: the roots of its perfect subtrees, largest (leftmost) first, one per
 * set bit of the size. Enough to append (O(log n)) and to compute the current root, with
 * O(log n) memory: what a verifier streaming millions of leaves keeps, where MerkleTree keeps all.
 */
export class CompactRange {
  private readonly peaks: { height: number; hash: Hash }[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  append(leaf: Uint8Array): void {
    assertHash(leaf, 'leaf hash');
    let hash: Hash = Buffer.from(leaf);
    let height = 0;
    // Two perfect subtrees of one height merge into one of the next, like a binary carry.
    while (this.peaks.length > 0 && this.peaks[this.peaks.length - 1].height === height) {
      hash = nodeHash(this.peaks.pop()!.hash, hash);
      height++;
    }
    this.peaks.push({ height, hash });
    this.count++;
  }

  /** MTH of everything appended: the peaks folded from the right (RFC 9162 splits at the largest power of two). */
  root(): Hash {
    if (this.peaks.length === 0) return emptyRoot();
    let hash = this.peaks[this.peaks.length - 1].hash;
    for (let i = this.peaks.length - 2; i >= 0; i--) hash = nodeHash(this.peaks[i].hash, hash);
    return Buffer.from(hash);
  }
}
