import { createHash } from 'node:crypto';

/** A SHA-256 digest: 32 bytes. */
export type Hash = Buffer;

export const HASH_SIZE = 32;

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** RFC 9162 section 2.1.1: the hash of a leaf is HASH(0x00 || data), so no leaf can pass for a node. */
export function leafHash(data: Uint8Array | string): Hash {
  return createHash('sha256').update(LEAF_PREFIX).update(typeof data === 'string' ? Buffer.from(data, 'utf8') : data).digest();
}

/** RFC 9162 section 2.1.1: an interior node is HASH(0x01 || left || right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Hash {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** The root of the empty tree: the hash of the empty string (RFC 9162 section 2.1.1). */
export function emptyRoot(): Hash {
  return createHash('sha256').digest();
}

/** The largest power of two strictly below n (n > 1): where RFC 9162 splits a list of n leaves. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

export function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

export function sameHash(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;
}

export function assertHash(value: Uint8Array, what: string): void {
  if (value.length !== HASH_SIZE) throw new RangeError(`${what}: a SHA-256 hash has ${HASH_SIZE} bytes, not ${value.length}`);
}
