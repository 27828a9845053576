import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@hpc-access/auth';
import type { EventStore, TransactionalEventStore } from '@hpc-access/eventsourcing';
import { causedByCaller, CommandsInTransaction } from '@hpc-access/messaging';
import type { Database, Sql } from '@hpc-access/sql';
import { ACCOUNTING_DB, ACCOUNTING_OPTIONS, ACCOUNTING_STORE, type AccountingOptionsShape } from '../accounting.tokens';
import { AllocationAccounts } from '../allocations/allocation-accounts';
import { allocationAccountStreamId, round6, type JobCharge, type OpenAccount } from '../allocations/domain/allocation-account';
import { allocationAccountDecider } from '../allocations/domain/allocation-account.decide';
import { usageChecksOf, type AccountingConfiguration } from '../configuration/domain/configuration';
import type { ImportReport } from './import-report';
import { allocationsOfAccounts, type SlurmAccount } from './slurm-accounts.sql';

const ATTEMPTS = 3;

export interface ChargeContext {
  importId: string;
  now: Date;
  caller: Caller;
  /** The site whose usage it is, and whether an accounting officer sent it on the site's behalf; none for a reassessment. */
  upload?: { siteId: string; onBehalfOfSite: boolean };
}

/** What imports and reassessments share: finding allocations, charging them, in one retried transaction. */
@Injectable()
export class ChargeBatches {
  private readonly commands: CommandsInTransaction<Sql>;

  constructor(
    @Inject(ACCOUNTING_DB) private readonly db: Database,
    @Inject(ACCOUNTING_STORE) store: TransactionalEventStore<Sql>,
    @Inject(ACCOUNTING_OPTIONS) private readonly options: AccountingOptionsShape,
    private readonly accounts: AllocationAccounts,
  ) {
    this.commands = new CommandsInTransaction<Sql>({ store });
  }

  /** Runs `work` in one transaction with the store seen through it; decided again when a charge raced another writer. */
  inTransaction<T>(work: (tx: Sql, txStore: EventStore) => Promise<T>): Promise<T> {
    return this.commands.inOwnTransaction(this.db, (tx) => work(tx, this.commands.storeIn(tx)), { attempts: ATTEMPTS });
  }

  /**
   * Slurm account (by system) -> the allocation's account as it stands in this transaction; see
   * allocationsOfAccounts (`found`: what the caller already read of it in this transaction).
   */
  async accountsOf(tx: Sql, txStore: EventStore, wanted: SlurmAccount[], found?: Map<string, { allocationId: string; system: string }>): Promise<Map<string, OpenAccount>> {
    const allocations = found ?? (await allocationsOfAccounts(tx, this.options.schema, wanted));
    const loaded = new Map<string, OpenAccount | null>();
    const accounts = new Map<string, OpenAccount>();
    for (const [key, { allocationId }] of allocations) {
      if (!loaded.has(allocationId)) loaded.set(allocationId, (await this.accounts.find(allocationId, txStore))?.state ?? null);
      const account = loaded.get(allocationId);
      if (account) accounts.set(key, account);
    }
    return accounts;
  }

  /** One ChargeUsage per allocation: one event per allocation and batch, whatever the number of jobs. */
  async charge(tx: Sql, toCharge: Map<string, { account: OpenAccount; jobs: JobCharge[] }>, configuration: AccountingConfiguration, at: ChargeContext): Promise<ImportReport['charged']> {
    const charged: ImportReport['charged'] = [];
    for (const [allocationId, { account, jobs }] of toCharge) {
      await this.commands.run(tx, causedByCaller(at.caller, at.now), allocationAccountDecider, allocationAccountStreamId(allocationId), {
        type: 'ChargeUsage',
        data: {
          importId: at.importId, jobs, thresholdsPercent: configuration.thresholdsPercent, overuseAction: configuration.overusePolicy[account.terms.mode],
          monthlyQuotaMarginPercent: usageChecksOf(configuration).monthlyQuotaMarginPercent, ...(at.upload ? { upload: at.upload } : {}),
        },
      });
      charged.push({ allocationId, jobs: jobs.length, gpuHours: round6(jobs.reduce((t, j) => t + j.gpuHours, 0)) });
    }
    return charged;
  }

  async recordReport(tx: Sql, report: ImportReport, submittedBy: string, upload?: ChargeContext['upload']): Promise<void> {
    await tx.query(
      `INSERT INTO ${this.options.schema}.usage_imports (import_id, source, system, submitted_by, received_at, accepted, duplicates, flagged, rejected, steps_ignored, report, site_id, on_behalf_of_site)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [report.importId, report.source, report.system, submittedBy, report.receivedAt, report.accepted, report.duplicates, report.flagged, report.rejected.length, report.stepsIgnored, JSON.stringify(report), upload?.siteId ?? null, upload?.onBehalfOfSite ?? false],
    );
  }
}

/** Adds a job to its allocation's batch. */
export function addToBatch(batches: Map<string, { account: OpenAccount; jobs: JobCharge[] }>, account: OpenAccount, job: JobCharge): void {
  const batch = batches.get(account.terms.allocationId) ?? { account, jobs: [] };
  batch.jobs.push(job);
  batches.set(account.terms.allocationId, batch);
}
