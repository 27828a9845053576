import { createHash } from 'node:crypto';
import { leafHash } from './hashing';
import { MerkleTree } from './merkle-tree';
import { verifyConsistency, verifyInclusion } from './proofs';

// An implementation of the verification algorithms of RFC 9162, written here from the RFC's
// text (sections 2.1.3.2 and 2.1.4.2) step by step and independent of the library: it imports
// only the tree that generates the proofs. The library's own verifiers work differently (they
// rebuild the roots by the recursion of 2.1.3.1 and 2.1.4.1), so the two check each other.

const HASH = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part);
  return h.digest();
};
const ONE = Buffer.from([0x01]);
const LSB = (x: number): boolean => x % 2 === 1;
// Sizes here stay far below 2^31, so >>> is exact.
const shift = (x: number): number => x >>> 1;

/** RFC 9162 section 2.1.3.2, "Verifying an Inclusion Proof". */
function rfcVerifyInclusion(leafIndex: number, treeSize: number, hash: Buffer, inclusionPath: Buffer[], rootHash: Buffer): boolean {
  // 1. Compare leaf_index against tree_size. If leaf_index is greater than or equal to tree_size, then fail the proof verification.
  if (leafIndex >= treeSize) return false;
  // 2. Set fn to leaf_index and sn to tree_size - 1.
  let fn = leafIndex;
  let sn = treeSize - 1;
  // 3. Set r to hash.
  let r = hash;
  // 4. For each value p in the inclusion_path array:
  for (const p of inclusionPath) {
    // a. If sn is 0, then stop the iteration and fail the proof verification.
    if (sn === 0) return false;
    // b. If LSB(fn) is set, or if fn is equal to sn, then:
    if (LSB(fn) || fn === sn) {
      // 1. Set r to HASH(0x01 || p || r).
      r = HASH(ONE, p, r);
      // 2. If LSB(fn) is not set, then right-shift both fn and sn equally until either LSB(fn) is set or fn is 0.
      if (!LSB(fn)) {
        while (!LSB(fn) && fn !== 0) {
          fn = shift(fn);
          sn = shift(sn);
        }
      }
    } else {
      // Otherwise: Set r to HASH(0x01 || r || p).
      r = HASH(ONE, r, p);
    }
    // c. Finally, right-shift both fn and sn one time.
    fn = shift(fn);
    sn = shift(sn);
  }
  // 5. Compare sn to 0. Compare r against the root_hash. If sn is equal to 0 and r and the root_hash are equal, then the log has proven the inclusion of hash.
  return sn === 0 && r.equals(rootHash);
}

/** RFC 9162 section 2.1.4.2, "Verifying Consistency between Two Tree Heads" (first < second). */
function rfcVerifyConsistency(first: number, second: number, firstHash: Buffer, secondHash: Buffer, consistencyPath: Buffer[]): boolean {
  // 1. If consistency_path is an empty array, stop and fail the proof verification.
  if (consistencyPath.length === 0) return false;
  let path = consistencyPath;
  // 2. If first is an exact power of 2, then prepend first_hash to the consistency_path array.
  if ((first & (first - 1)) === 0) path = [firstHash, ...path];
  // 3. Set fn to first - 1 and sn to second - 1.
  let fn = first - 1;
  let sn = second - 1;
  // 4. If LSB(fn) is set, then right-shift both fn and sn equally until LSB(fn) is not set.
  while (LSB(fn)) {
    fn = shift(fn);
    sn = shift(sn);
  }
  // 5. Set both fr and sr to the first value in the consistency_path array.
  let fr = path[0];
  let sr = path[0];
  // 6. For each subsequent value c in the consistency_path array:
  for (const c of path.slice(1)) {
    // a. If sn is 0, then stop the iteration and fail the proof verification.
    if (sn === 0) return false;
    // b. If LSB(fn) is set, or if fn is equal to sn, then:
    if (LSB(fn) || fn === sn) {
      // 1. Set fr to HASH(0x01 || c || fr). 2. Set sr to HASH(0x01 || c || sr).
      fr = HASH(ONE, c, fr);
      sr = HASH(ONE, c, sr);
      // 3. If LSB(fn) is not set, then right-shift both fn and sn equally until either LSB(fn) is set or fn is 0.
      if (!LSB(fn)) {
        while (!LSB(fn) && fn !== 0) {
          fn = shift(fn);
          sn = shift(sn);
        }
      }
    } else {
      // Otherwise: Set sr to HASH(0x01 || sr || c).
      sr = HASH(ONE, sr, c);
    }
    // c. Finally, right-shift both fn and sn one time.
    fn = shift(fn);
    sn = shift(sn);
  }
  // 7. Verify that the fr calculated is equal to the first_hash supplied, that the sr calculated is equal to the second_hash supplied, and that sn is 0.
  return fr.equals(firstHash) && sr.equals(secondHash) && sn === 0;
}

const MAX = 64;
const leaves = Array.from({ length: MAX }, (_, i) => leafHash(Buffer.from(`event ${i}`)));
const tree = MerkleTree.of(leaves);

describe('proofs checked against RFC 9162 verification written from the RFC text', () => {
  it('accepts the inclusion proof of every leaf of every tree size 1 to 64, as the library does', () => {
    let checked = 0;
    for (let n = 1; n <= MAX; n++) {
      const root = tree.root(n);
      for (let m = 0; m < n; m++) {
        const proof = tree.inclusionProof(m, n);
        expect(rfcVerifyInclusion(m, n, leaves[m], proof, root)).toBe(true);
        expect(verifyInclusion(m, n, leaves[m], proof, root).ok).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe((MAX * (MAX + 1)) / 2);
  });

  it('accepts the consistency proof of every pair of sizes 1 <= m < n <= 64, as the library does', () => {
    let checked = 0;
    for (let n = 2; n <= MAX; n++) {
      for (let m = 1; m < n; m++) {
        const proof = tree.consistencyProof(m, n);
        expect(rfcVerifyConsistency(m, n, tree.root(m), tree.root(n), proof)).toBe(true);
        expect(verifyConsistency(m, n, tree.root(m), tree.root(n), proof).ok).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe((MAX * (MAX - 1)) / 2);
  });

  it('and both refuse the same proofs once a hash, an index or a root is wrong', () => {
    const other = leafHash('not in the tree');
    for (let n = 2; n <= MAX; n += 7) {
      for (let m = 0; m < n; m += 3) {
        const proof = tree.inclusionProof(m, n);
        const bent = proof.map((h, i) => (i === proof.length - 1 ? other : h));
        expect([rfcVerifyInclusion(m, n, leaves[m], bent, tree.root(n)), verifyInclusion(m, n, leaves[m], bent, tree.root(n)).ok]).toEqual([false, false]);
        expect([rfcVerifyInclusion(m, n, other, proof, tree.root(n)), verifyInclusion(m, n, other, proof, tree.root(n)).ok]).toEqual([false, false]);
        if (m + 1 < n) {
          const atNext = [rfcVerifyInclusion(m + 1, n, leaves[m], proof, tree.root(n)), verifyInclusion(m + 1, n, leaves[m], proof, tree.root(n)).ok];
          expect(atNext).toEqual([false, false]);
        }
        if (m >= 1) {
          const consistency = tree.consistencyProof(m, n);
          expect([rfcVerifyConsistency(m, n, other, tree.root(n), consistency), verifyConsistency(m, n, other, tree.root(n), consistency).ok]).toEqual([false, false]);
          expect([rfcVerifyConsistency(m, n, tree.root(m), other, consistency), verifyConsistency(m, n, tree.root(m), other, consistency).ok]).toEqual([false, false]);
        }
      }
    }
  });
});
