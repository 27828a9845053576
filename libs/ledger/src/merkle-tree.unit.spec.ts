import { createHash } from 'node:crypto';
import { CompactRange } from './compact-range';
import { emptyRoot, leafHash } from './hashing';
import { MerkleTree } from './merkle-tree';
import { verifyConsistency, verifyInclusion } from './proofs';

// The eight leaves and tree heads of the Certificate Transparency test vectors (RFC 6962 hashing,
// unchanged in RFC 9162), as in certificate-transparency-go and transparency-dev/merkle.
const CT_LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((hex) => Buffer.from(hex, 'hex'));
const CT_ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

/** MTH of RFC 9162 section 2.1.1, straight from its definition, over leaf hashes. */
function naiveRoot(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return createHash('sha256').digest();
  if (leaves.length === 1) return leaves[0];
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return createHash('sha256').update(Buffer.from([1])).update(naiveRoot(leaves.slice(0, k))).update(naiveRoot(leaves.slice(k))).digest();
}

const leavesOf = (n: number) => Array.from({ length: n }, (_, i) => leafHash(`leaf ${i}`));

describe('the Merkle tree', () => {
  it('gives the tree heads of the Certificate Transparency test vectors for every size 0 to 8', () => {
    const tree = MerkleTree.of(CT_LEAVES.map((data) => leafHash(data)));
    expect(tree.root(0).toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    CT_ROOTS.forEach((root, i) => expect(tree.root(i + 1).toString('hex')).toBe(root));
  });

  it('gives every earlier size the root the definition gives, after the tree grew', () => {
    const leaves = leavesOf(130);
    const tree = MerkleTree.of(leaves);
    for (let n = 0; n <= 130; n++) expect(tree.root(n).equals(naiveRoot(leaves.slice(0, n)))).toBe(true);
  });

  it('keeps a frontier whose root is the tree\'s at every size', () => {
    const range = new CompactRange();
    const tree = new MerkleTree();
    expect(range.root().equals(emptyRoot())).toBe(true);
    for (const leaf of leavesOf(70)) {
      range.append(leaf);
      tree.append(leaf);
      expect(range.root().equals(tree.root())).toBe(true);
    }
    expect(range.size).toBe(70);
  });

  it('proves inclusion and consistency with proofs its own verifier accepts, and refuses altered ones', () => {
    const tree = MerkleTree.of(leavesOf(37));
    const proof = tree.inclusionProof(21, 37);
    expect(verifyInclusion(21, 37, tree.leaf(21), proof, tree.root(37))).toEqual({ ok: true });
    expect(verifyInclusion(22, 37, tree.leaf(21), proof, tree.root(37)).ok).toBe(false);
    const bent = proof.map((h, i) => (i === 2 ? leafHash('other') : h));
    expect(verifyInclusion(21, 37, tree.leaf(21), bent, tree.root(37))).toEqual({ ok: false, reason: expect.stringMatching(/root rebuilt/) });
    const consistency = tree.consistencyProof(13, 37);
    expect(verifyConsistency(13, 37, tree.root(13), tree.root(37), consistency)).toEqual({ ok: true });
    expect(verifyConsistency(13, 37, tree.root(12), tree.root(37), consistency).ok).toBe(false);
    expect(verifyConsistency(13, 37, tree.root(13), tree.root(36), consistency).ok).toBe(false);
    expect(verifyConsistency(13, 37, tree.root(13), tree.root(37), consistency.slice(1))).toEqual({ ok: false, reason: expect.stringMatching(/need 7/) });
    expect(verifyConsistency(37, 37, tree.root(37), tree.root(37), [])).toEqual({ ok: true });
  });

  it('refuses sizes and indexes outside the tree', () => {
    const tree = MerkleTree.of(leavesOf(5));
    expect(() => tree.root(6)).toThrow(RangeError);
    expect(() => tree.inclusionProof(5, 5)).toThrow(/not in a tree of size 5/);
    expect(() => tree.consistencyProof(0, 5)).toThrow(/0 < first/);
    expect(() => tree.append(Buffer.alloc(31))).toThrow(/32 bytes/);
  });
});
