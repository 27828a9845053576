import { MerkleTree } from '@hpc-access/ledger';
import type { Sql } from '@hpc-access/sql';

/**
 * The ledger's Merkle tree in memory, following `ledger_leaves`: whoever sequenced a leaf (this
 * process or another instance), `sync` folds the leaves the tree lacks, in index order. Syncs
 * take turns, so leaves go in once and in order.
 */
export class LedgerTree {
  private tree = new MerkleTree();
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly schema: string) {}

  get size(): number {
    return this.tree.size;
  }

  /** Starts from a tree already checked (the start-up check re-derived it from the events). */
  seed(tree: MerkleTree): void {
    this.tree = tree;
  }

  /** Folds in every leaf stored beyond the tree; returns the tree, now as large as the ledger. */
  sync(sql: Sql): Promise<MerkleTree> {
    const next = this.turn.then(async () => {
      for (;;) {
        const { rows } = await sql.query<{ leaf_index: string | number; leaf_hash: Uint8Array }>(
          `SELECT leaf_index, leaf_hash FROM ${this.schema}.ledger_leaves WHERE leaf_index >= $1 ORDER BY leaf_index LIMIT 5000`,
          [this.tree.size],
        );
        if (rows.length === 0) return this.tree;
        for (const row of rows) {
          // A gap would make every later index wrong: the ledger is gap-free by construction.
          if (Number(row.leaf_index) !== this.tree.size) throw new Error(`ledger leaf ${this.tree.size} is missing (next stored: ${row.leaf_index})`);
          this.tree.append(Buffer.from(row.leaf_hash));
        }
      }
    });
    this.turn = next.catch(() => undefined);
    return next;
  }
}
