import { HashColumn } from './hash-column';
import { assertHash, emptyRoot, isPowerOfTwo, nodeHash, splitPoint, type Hash } from './hashing';

/**
 * An append-only Merkle tree over leaf hashes (RFC 9162 section 2.1), keeping every complete
 * subtree: level k holds the hash of each aligned run of 2^k leaves. An append is O(log n) (it
 * completes at most one node per level), the root of any earlier size and every proof take
 * O(log² n) node reads, and nothing is ever recomputed from the leaves.
 */
export class MerkleTree {
  private readonly levels: HashColumn[] = [new HashColumn()];

  /** A tree holding `leafHashes` in order (for example the ledger's stored leaves at start). */
  static of(leafHashes: Iterable<Uint8Array>): MerkleTree {
    const tree = new MerkleTree();
    for (const hash of leafHashes) tree.append(hash);
    return tree;
  }

  get size(): number {
    return this.levels[0].length;
  }

  /** Appends one leaf hash (HASH(0x00 || data), see leafHash); returns its index. */
  append(leaf: Uint8Array): number {
    assertHash(leaf, 'leaf hash');
    const index = this.size;
    this.levels[0].push(leaf);
    // Each completed right child completes its parent, one level up.
    let i = index;
    for (let level = 0; i % 2 === 1; level++, i = (i - 1) / 2) {
      if (!this.levels[level + 1]) this.levels.push(new HashColumn());
      const column = this.levels[level];
      this.levels[level + 1].push(nodeHash(column.view(i - 1), column.view(i)));
    }
    return index;
  }

  /** The hash of leaf i, as appended. */
  leaf(i: number): Hash {
    return Buffer.from(this.levels[0].view(i));
  }

  /** The tree head's root for the first n leaves (n <= size): MTH(D[0:n]) of RFC 9162. */
  root(n: number = this.size): Hash {
    this.checkSize(n, 'tree size');
    return n === 0 ? emptyRoot() : Buffer.from(this.range(0, n));
  }

  /**
   * The inclusion proof of leaf `index` in the tree of size n: PATH(m, D[n]) of RFC 9162 section
   * 2.1.3.1, from the leaf's sibling up to the root's child.
   */
  inclusionProof(index: number, n: number = this.size): Hash[] {
    this.checkSize(n, 'tree size');
    if (!Number.isSafeInteger(index) || index < 0 || index >= n) throw new RangeError(`leaf index ${index} is not in a tree of size ${n}`);
    const proof: Hash[] = [];
    this.path(index, 0, n, proof);
    return proof;
  }

  /**
   * The consistency proof between the trees of sizes m and n (0 < m <= n <= size): PROOF(m, D[n])
   * of RFC 9162 section 2.1.4.1. Empty when m = n.
   */
  consistencyProof(m: number, n: number = this.size): Hash[] {
    this.checkSize(n, 'tree size');
    if (!Number.isSafeInteger(m) || m < 1 || m > n) throw new RangeError(`a consistency proof needs 0 < first (${m}) <= second (${n})`);
    const proof: Hash[] = [];
    this.subproof(m, 0, n, true, proof);
    return proof;
  }

  private path(m: number, start: number, end: number, out: Hash[]): void {
    const n = end - start;
    if (n === 1) return;
    const k = splitPoint(n);
    if (m < k) {
      this.path(m, start, start + k, out);
      out.push(Buffer.from(this.range(start + k, end)));
    } else {
      this.path(m - k, start + k, end, out);
      out.push(Buffer.from(this.range(start, start + k)));
    }
  }

  private subproof(m: number, start: number, end: number, whole: boolean, out: Hash[]): void {
    const n = end - start;
    if (m === n) {
      if (!whole) out.push(Buffer.from(this.range(start, end)));
      return;
    }
    const k = splitPoint(n);
    if (m <= k) {
      this.subproof(m, start, start + k, whole, out);
      out.push(Buffer.from(this.range(start + k, end)));
    } else {
      this.subproof(m - k, start + k, end, false, out);
      out.push(Buffer.from(this.range(start, start + k)));
    }
  }

  /** MTH(D[start:end]): a stored node when the range is an aligned power of two, else split as RFC 9162 does. */
  private range(start: number, end: number): Hash {
    const n = end - start;
    if (isPowerOfTwo(n) && start % n === 0) {
      const level = Math.log2(n);
      return this.levels[level].view(start / n);
    }
    const k = splitPoint(n);
    return nodeHash(this.range(start, start + k), this.range(start + k, end));
  }

  private checkSize(n: number, what: string): void {
    if (!Number.isSafeInteger(n) || n < 0 || n > this.size) throw new RangeError(`${what} ${n} is not between 0 and ${this.size}`);
  }
}
