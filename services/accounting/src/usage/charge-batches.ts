import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@hpc-access/auth';
import { newEventId, type EventStore, type TransactionalEventStore } from '@hpc-access/eventsourcing';
import { CommandsInTransaction } from '@hpc-access/messaging';
import type { Database, Sql } from '@hpc-access/sql';
import { ACCOUNTING_DB, ACCOUNTING_OPTIONS, ACCOUNTING_STORE, type AccountingOptionsShape } from '../accounting.tokens';
import { CommittedAccountStates, isOpen, type FoldedAccount } from '../allocations/committed-account-states';
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
  private readonly committedStates = new CommittedAccountStates();
  /** The revision each account state handed out by accountsOf was read at, and what its transaction will keep once committed. */
  private readonly readAt = new WeakMap<OpenAccount, { tx: Sql; allocationId: string; folded: FoldedAccount }>();
  private readonly toKeep = new WeakMap<Sql, Map<string, FoldedAccount>>();

  constructor(
    @Inject(ACCOUNTING_DB) private readonly db: Database,
    @Inject(ACCOUNTING_STORE) store: TransactionalEventStore<Sql>,
    @Inject(ACCOUNTING_OPTIONS) private readonly options: AccountingOptionsShape,
  ) {
    this.commands = new CommandsInTransaction<Sql>({ store });
  }

  /**
   * Runs `work` in one transaction with the store seen through it; decided again when a charge
   * raced another writer. The account states it read and wrote are kept only once it committed.
   */
  async inTransaction<T>(work: (tx: Sql, txStore: EventStore) => Promise<T>): Promise<T> {
    let states = new Map<string, FoldedAccount>();
    const result = await this.commands.inOwnTransaction(this.db, (tx) => {
      states = new Map();
      this.toKeep.set(tx, states);
      return work(tx, this.commands.storeIn(tx));
    }, { attempts: ATTEMPTS });
    for (const [allocationId, folded] of states) this.committedStates.keep(allocationId, folded);
    return result;
  }

  /**
   * Slurm account (by system) -> the allocation's account as it stands in this transaction; see
   * allocationsOfAccounts (`found`: what the caller already read of it in this transaction). Each
   * allocation's stream is read once, from the state the last committed batch left (see
   * CommittedAccountStates), and charge() decides on that same state.
   */
  async accountsOf(tx: Sql, txStore: EventStore, wanted: SlurmAccount[], found?: Map<string, { allocationId: string; system: string }>): Promise<Map<string, OpenAccount>> {
    const allocations = found ?? (await allocationsOfAccounts(tx, this.options.schema, wanted));
    const loaded = new Map<string, OpenAccount | null>();
    const accounts = new Map<string, OpenAccount>();
    for (const [key, { allocationId }] of allocations) {
      if (!loaded.has(allocationId)) {
        const folded = await this.committedStates.read(allocationId, txStore);
        const state = isOpen(folded.state) ? folded.state : null;
        if (state) this.readAt.set(state, { tx, allocationId, folded });
        this.toKeep.get(tx)?.set(allocationId, folded);
        loaded.set(allocationId, state);
      }
      const account = loaded.get(allocationId);
      if (account) accounts.set(key, account);
    }
    return accounts;
  }

  /**
   * One ChargeUsage per allocation: one event per allocation and batch, whatever the number of
   * jobs. Decided on the state accountsOf read in this transaction and appended at the revision it
   * was read at (as handleCommand would, without reading the stream a second time): a writer that
   * appended since makes the append a ConcurrencyError, and inTransaction runs the batch again.
   */
  async charge(tx: Sql, txStore: EventStore, toCharge: Map<string, { account: OpenAccount; jobs: JobCharge[] }>, configuration: AccountingConfiguration, at: ChargeContext): Promise<ImportReport['charged']> {
    const charged: ImportReport['charged'] = [];
    for (const [allocationId, { account, jobs }] of toCharge) {
      const read = this.readAt.get(account);
      if (!read || read.tx !== tx || read.allocationId !== allocationId) throw new Error(`allocation ${allocationId} was not read by accountsOf in this transaction`);
      const command = {
        type: 'ChargeUsage' as const,
        context: { now: at.now, actor: at.caller.actor },
        data: {
          importId: at.importId, jobs, thresholdsPercent: configuration.thresholdsPercent, overuseAction: configuration.overusePolicy[account.terms.mode],
          monthlyQuotaMarginPercent: usageChecksOf(configuration).monthlyQuotaMarginPercent, ...(at.upload ? { upload: at.upload } : {}),
        },
      };
      const decided = allocationAccountDecider.decide(command, account);
      if (decided.length === 0) continue;
      const metadata = { correlationId: at.caller.correlationId, causationId: null, actor: { id: at.caller.actor.id, role: at.caller.actor.role }, schemaVersion: 1 };
      const appended = await txStore.appendToStream(allocationAccountStreamId(allocationId), decided.map((event) => ({ eventId: newEventId(), type: event.type, data: event.data, recordedAt: at.now, metadata })), {
        expectedRevision: read.folded.revision,
      });
      const last = appended.events.at(-1);
      if (last) {
        const state = decided.reduce((s, e) => allocationAccountDecider.evolve(s, e), read.folded.state);
        this.toKeep.get(tx)?.set(allocationId, { state, revision: last.streamPosition, eventId: last.eventId });
      }
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
