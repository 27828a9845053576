import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@hpc-access/auth';
import type { TransactionalEventStore } from '@hpc-access/eventsourcing';
import { causedByCaller, CommandsInTransaction } from '@hpc-access/messaging';
import type { Database, Sql } from '@hpc-access/sql';
import { parseIfMatch } from '@hpc-access/http';
import { ACCOUNTING_CLOCK, ACCOUNTING_DB, ACCOUNTING_OPTIONS, ACCOUNTING_STORE, type AccountingOptionsShape, type Clock } from '../../accounting.tokens';
import { AllocationAccounts } from '../../allocations/allocation-accounts';
import { slurmAccountMappingDecider, slurmAccountMappingStreamId } from './domain/slurm-account-mapping';

export interface SlurmAccountMappingRow {
  system: string;
  account: string;
  allocation_id: string;
  mapped_by: string;
  mapped_at: Date;
  revision: number;
}

/**
 * Runs MapSlurmAccount and keeps the lookup table the ledger reads in the same transaction, so an
 * import right after the mapping finds it. Records already flagged under the account are charged
 * by the next reassessment (or when the site sends them again).
 */
@Injectable()
export class SlurmAccountMappings {
  private readonly commands: CommandsInTransaction<Sql>;

  constructor(
    @Inject(ACCOUNTING_DB) private readonly db: Database,
    @Inject(ACCOUNTING_STORE) store: TransactionalEventStore<Sql>,
    @Inject(ACCOUNTING_OPTIONS) private readonly options: AccountingOptionsShape,
    @Inject(ACCOUNTING_CLOCK) private readonly clock: Clock,
    private readonly accounts: AllocationAccounts,
  ) {
    this.commands = new CommandsInTransaction<Sql>({ store });
  }

  async map(system: string, account: string, allocationId: string, caller: Caller, ifMatch: string | undefined): Promise<SlurmAccountMappingRow> {
    const expectedRevision = parseIfMatch(ifMatch);
    const known = await this.accounts.find(allocationId);
    const cause = causedByCaller(caller, this.clock.now());
    const table = `${this.options.schema}.slurm_account_mappings`;
    return this.commands.inOwnTransaction(this.db, async (tx) => {
      const result = await this.commands.run(tx, cause, slurmAccountMappingDecider, slurmAccountMappingStreamId(system, account), {
        type: 'MapSlurmAccount',
        data: { system, account, allocation: { allocationId, system: known?.state.terms.system ?? null } },
      }, { expectedRevision });
      if (result.events.length > 0) {
        await tx.query(
          `INSERT INTO ${table} (system, account, allocation_id, mapped_by, mapped_at, revision) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (system, account) DO UPDATE SET allocation_id = EXCLUDED.allocation_id, mapped_by = EXCLUDED.mapped_by, mapped_at = EXCLUDED.mapped_at, revision = EXCLUDED.revision`,
          [system, account.toLowerCase(), allocationId, caller.actor.id, cause.now.toISOString(), result.revision],
        );
      }
      const { rows } = await tx.query<SlurmAccountMappingRow>(`SELECT * FROM ${table} WHERE system = $1 AND account = $2`, [system, account.toLowerCase()]);
      return rows[0];
    });
  }
}

export const slurmAccountMappingView = (r: SlurmAccountMappingRow) => ({
  system: r.system, account: r.account, allocationId: r.allocation_id, mappedBy: r.mapped_by, mappedAt: new Date(r.mapped_at).toISOString(), revision: r.revision,
});
