import { HASH_SIZE, nodeHash, sameHash, splitPoint, type Hash } from './hashing';

/** Why a proof failed, or ok. */
export type ProofCheck = { ok: true } | { ok: false; reason: string };

const failed = (reason: string): ProofCheck => ({ ok: false, reason });

/**
 * Checks that `leaf` (a leaf hash) is leaf `index` of the tree of size `treeSize` whose root is
 * `root`. Rebuilds the root by walking RFC 9162's PATH recursion (section 2.1.3.1) down from the
 * top, taking the proof's hashes from its end: the same answer as the iterative algorithm of
 * section 2.1.3.2 (the tests check this against a transcription of that algorithm).
 */
export function verifyInclusion(index: number, treeSize: number, leaf: Uint8Array, proof: readonly Uint8Array[], root: Uint8Array): ProofCheck {
  if (!Number.isSafeInteger(treeSize) || treeSize < 1) return failed(`tree size ${treeSize}: no leaf is in an empty tree`);
  if (!Number.isSafeInteger(index) || index < 0 || index >= treeSize) return failed(`leaf index ${index} is not below the tree size ${treeSize}`);
  if (proof.some((h) => h.length !== HASH_SIZE) || leaf.length !== HASH_SIZE || root.length !== HASH_SIZE) return failed('every hash has 32 bytes');
  const depth = pathLength(index, treeSize);
  if (proof.length !== depth) return failed(`the proof has ${proof.length} hashes where a leaf of ${index} in ${treeSize} needs ${depth}`);
  let cursor = proof.length - 1;
  const rebuild = (m: number, n: number): Hash => {
    if (n === 1) return Buffer.from(leaf);
    const k = splitPoint(n);
    const sibling = proof[cursor--];
    return m < k ? nodeHash(rebuild(m, k), sibling) : nodeHash(sibling, rebuild(m - k, n - k));
  };
  const computed = rebuild(index, treeSize);
  return sameHash(computed, root) ? { ok: true } : failed('the root rebuilt from the proof differs from the checkpoint\'s root');
}

/**
 * Checks that the tree of size `first` with root `firstRoot` is a prefix of the tree of size
 * `second` with root `secondRoot`. Rebuilds both roots by walking RFC 9162's SUBPROOF recursion
 * (section 2.1.4.1) from the top: every proof hash right of the old tree adds to the new root
 * only; every hash left of the split adds to both.
 */
export function verifyConsistency(first: number, second: number, firstRoot: Uint8Array, secondRoot: Uint8Array, proof: readonly Uint8Array[]): ProofCheck {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 1 || first > second) return failed(`sizes ${first} and ${second}: a consistency proof needs 0 < first <= second`);
  if (proof.some((h) => h.length !== HASH_SIZE) || firstRoot.length !== HASH_SIZE || secondRoot.length !== HASH_SIZE) return failed('every hash has 32 bytes');
  if (first === second) {
    if (proof.length !== 0) return failed('equal sizes take an empty proof');
    return sameHash(firstRoot, secondRoot) ? { ok: true } : failed('the same size with two different roots: the history was rewritten');
  }
  const expected = subproofLength(first, second, true);
  if (proof.length !== expected) return failed(`the proof has ${proof.length} hashes where sizes ${first} and ${second} need ${expected}`);
  let cursor = proof.length - 1;
  const rebuild = (m: number, n: number, whole: boolean): [Hash, Hash] => {
    if (m === n) {
      if (whole) return [Buffer.from(firstRoot), Buffer.from(firstRoot)];
      const h = Buffer.from(proof[cursor--]);
      return [h, h];
    }
    const k = splitPoint(n);
    const sibling = proof[cursor--];
    if (m <= k) {
      const [oldPart, newPart] = rebuild(m, k, whole);
      return [oldPart, nodeHash(newPart, sibling)];
    }
    const [oldPart, newPart] = rebuild(m - k, n - k, false);
    return [nodeHash(sibling, oldPart), nodeHash(sibling, newPart)];
  };
  const [oldRoot, newRoot] = rebuild(first, second, true);
  if (!sameHash(oldRoot, firstRoot)) return failed(`the proof does not rebuild the root of size ${first}`);
  if (!sameHash(newRoot, secondRoot)) return failed(`the proof does not rebuild the root of size ${second}: the larger tree does not extend the smaller`);
  return { ok: true };
}

function pathLength(m: number, n: number): number {
  let length = 0;
  while (n > 1) {
    const k = splitPoint(n);
    if (m >= k) {
      m -= k;
      n -= k;
    } else n = k;
    length++;
  }
  return length;
}

function subproofLength(m: number, n: number, whole: boolean): number {
  if (m === n) return whole ? 0 : 1;
  const k = splitPoint(n);
  return 1 + (m <= k ? subproofLength(m, k, whole) : subproofLength(m - k, n - k, false));
}
