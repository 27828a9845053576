import { ServiceUnavailableException } from '@nestjs/common';
import type { MerkleTree } from '@hpc-access/ledger';
import type { Sql } from '@hpc-access/sql';
import type { StoredCheckpoint } from '../checkpoints/checkpoint-store';
import type { LedgerIntegrity } from '../history-check/ledger-integrity';
import type { LedgerTree } from '../ledger/ledger-tree';

/**
 * The ledger's tree, caught up, for proofs against `checkpoint`: refused (503) when the start-up
 * check found the history altered, or when the tree's root at the checkpoint's size is not the
 * signed one (a proof from it would not verify, and saying so is the honest answer).
 */
export async function servedTree(sql: Sql, ledger: LedgerTree, integrity: LedgerIntegrity, checkpoint: StoredCheckpoint): Promise<MerkleTree> {
  if (integrity.altered) throw new ServiceUnavailableException(`no proofs over an altered history: ${integrity.altered}`);
  // A gap in the ledger's table after the start-up check passed: someone is cutting it now.
  const tree = await ledger.sync(sql).catch((error: unknown) => {
    throw new ServiceUnavailableException(`the ledger cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (tree.size < checkpoint.treeSize || !tree.root(checkpoint.treeSize).equals(checkpoint.rootHash)) {
    throw new ServiceUnavailableException(`the ledger's leaves do not give the root signed at size ${checkpoint.treeSize}`);
  }
  return tree;
}
