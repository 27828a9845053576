import { Inject, Injectable } from '@nestjs/common';
import { assertMayActOnSystem, type Caller } from '@hpc-access/auth';
import { newEventId, type EventStore } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/eventstore-postgres';
import { AccountingMetrics } from '../accounting-metrics';
import { ACCOUNTING_CLOCK, ACCOUNTING_DB, ACCOUNTING_OPTIONS, type AccountingOptionsShape, type Clock } from '../accounting.tokens';
import type { JobCharge, OpenAccount } from '../allocations/domain/allocation-account';
import { AccountingConfigurationService } from '../configuration/accounting-configuration.service';
import type { AccountingConfiguration } from '../configuration/domain/configuration';
import { addToBatch, ChargeBatches, type ChargeContext } from './charge-batches';
import { flagReasonFor, type FlagReason } from './domain/assignment';
import { chargeOf, type Charge } from './domain/charging';
import { fingerprintOf, type JobRecord, type RejectedLine } from './domain/job-record';
import type { ImportReport } from './import-report';
import { insertNewRecords, recordConflicts, storedFingerprints, type LedgerRow } from './job-records.sql';
import { systemScopeOfUpload, type UploadScope } from './upload-scope';

export interface UsageImport {
  source: 'json' | 'sacct';
  system: string | null;
  records: JobRecord[];
  rejected: RejectedLine[];
  stepsIgnored: number;
  /** The site the usage is for: every record's system, and its allocation's, must be one it hosts. */
  upload: UploadScope;
}

interface Priced {
  record: JobRecord;
  charge: Charge | null;
  fingerprint: string;
}

/**
 * Takes job records in: each counts once by (system, job id). New records are written to the
 * ledger and charged to their allocation in one transaction (one UsageBatchCharged event per
 * allocation and import), so a record is never charged without being in the ledger, nor twice.
 */
@Injectable()
export class UsageLedger {
  constructor(
    @Inject(ACCOUNTING_OPTIONS) private readonly options: AccountingOptionsShape,
    @Inject(ACCOUNTING_CLOCK) private readonly clock: Clock,
    @Inject(ACCOUNTING_DB) private readonly db: Sql,
    private readonly configurations: AccountingConfigurationService,
    private readonly batches: ChargeBatches,
    private readonly metrics: AccountingMetrics,
  ) {}

  async import(usage: UsageImport, caller: Caller): Promise<ImportReport> {
    await this.assertWithinSite(usage);
    const { configuration } = await this.configurations.current();
    const at: ChargeContext = { importId: newEventId(), now: this.clock.now(), caller, upload: { siteId: usage.upload.siteId, onBehalfOfSite: usage.upload.onBehalfOfSite } };
    const priced = usage.records.map((record): Priced => ({ record, charge: chargeOf(record, configuration), fingerprint: fingerprintOf(record) }));
    const report = await this.batches.inTransaction((tx, txStore) => this.importIn(tx, txStore, usage, priced, configuration, at));
    this.metrics.jobRecords.inc({ outcome: 'accepted' }, report.accepted);
    this.metrics.jobRecords.inc({ outcome: 'duplicate' }, report.duplicates);
    this.metrics.jobRecords.inc({ outcome: 'flagged' }, report.flagged);
    this.metrics.jobRecords.inc({ outcome: 'rejected' }, report.rejected.length);
    return report;
  }

  /**
   * The whole import is refused (403 naming the system) when one record is for a system the site
   * does not host, or is charged to an allocation on such a system: one site must never charge
   * another's allocation. An allocation's system is fixed at its activation, so this holds for
   * the transaction that follows.
   */
  private async assertWithinSite(usage: UsageImport): Promise<void> {
    const scope = systemScopeOfUpload(usage.upload);
    if (usage.source === 'sacct' && usage.system !== null) assertMayActOnSystem(scope, usage.system, 'system');
    usage.records.forEach((record, i) => assertMayActOnSystem(scope, record.system, usage.source === 'json' ? `records.${i}.system` : 'system'));
    const { rows } = await this.db.query<{ project_id: string; system: string }>(
      `SELECT project_id, system FROM ${this.options.schema}.project_accounts WHERE project_id IN (SELECT jsonb_array_elements_text($1::jsonb))`,
      [JSON.stringify([...new Set(usage.records.map((r) => r.account))])],
    );
    const systemOf = new Map(rows.map((r) => [r.project_id, r.system]));
    usage.records.forEach((record, i) => {
      const system = systemOf.get(record.account);
      if (system !== undefined) assertMayActOnSystem(scope, system, usage.source === 'json' ? `records.${i}.account` : `account ${record.account}`);
    });
  }

  private async importIn(tx: Sql, txStore: EventStore, usage: UsageImport, priced: Priced[], configuration: AccountingConfiguration, at: ChargeContext): Promise<ImportReport> {
    const schema = this.options.schema;
    const report: ImportReport = {
      importId: at.importId, source: usage.source, system: usage.system, receivedAt: at.now.toISOString(),
      accepted: 0, duplicates: 0, flagged: 0, flaggedRecords: [], rejected: usage.rejected, stepsIgnored: usage.stepsIgnored, charged: [],
    };
    const flag = (record: JobRecord, reason: FlagReason) => {
      report.flagged += 1;
      report.flaggedRecords.push({ system: record.system, jobId: record.jobId, reason });
    };

    // The same job twice in one import: the first counts, the others are duplicates or conflicts.
    const firsts = new Map<string, Priced>();
    const repeats: Priced[] = [];
    for (const p of priced) {
      if (firsts.has(keyOf(p.record))) repeats.push(p);
      else firsts.set(keyOf(p.record), p);
    }

    const accounts = await this.batches.accountsOf(tx, txStore, [...firsts.values()].map((p) => p.record.account));
    const rows: Array<LedgerRow & { account: OpenAccount | undefined }> = [...firsts.values()].map((p) => {
      const account = accounts.get(p.record.account);
      return { priced: p, account, allocationId: account?.terms.allocationId ?? null, reason: flagReasonFor(p.record, p.charge, account) };
    });
    const inserted = await insertNewRecords(tx, schema, rows, at);
    const known = rows.filter((r) => !inserted.has(keyOf(r.priced.record))).map((r) => r.priced);
    const stored = await storedFingerprints(tx, schema, [...known, ...repeats].map((p) => p.record));
    const conflicts: Priced[] = [];
    for (const p of [...known, ...repeats]) {
      if (stored.get(keyOf(p.record)) === p.fingerprint) report.duplicates += 1;
      else {
        conflicts.push(p);
        flag(p.record, 'conflicting-resend');
      }
    }
    await recordConflicts(tx, schema, conflicts.map((p) => ({ record: p.record, fingerprint: p.fingerprint })), at);

    const toCharge = new Map<string, { account: OpenAccount; jobs: JobCharge[] }>();
    for (const row of rows) {
      if (!inserted.has(keyOf(row.priced.record))) continue;
      if (row.reason) {
        flag(row.priced.record, row.reason);
        continue;
      }
      addToBatch(toCharge, row.account as OpenAccount, jobChargeOf(row.priced.record, row.priced.charge as Charge));
      report.accepted += 1;
    }
    report.charged = await this.batches.charge(txStore, toCharge, configuration, at);
    await this.batches.recordReport(tx, report, at.caller.actor.id, at.upload);
    return report;
  }
}

const keyOf = (record: JobRecord): string => `${record.system}\u0000${record.jobId}`;

export const jobChargeOf = (record: JobRecord, charge: Charge): JobCharge => ({
  jobId: record.jobId, gpuHours: charge.gpuHours, energyKwh: charge.energyKwh, estimatedFlop: charge.estimatedFlop, month: charge.month,
});
