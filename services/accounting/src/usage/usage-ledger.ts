import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@hpc-access/auth';
import { ConcurrencyError, newEventId, type EventStore } from '@hpc-access/eventsourcing';
import type { Database, PostgresEventStore, Sql } from '@hpc-access/eventstore-postgres';
import { AccountingMetrics } from '../accounting-metrics';
import { ACCOUNTING_CLOCK, ACCOUNTING_DB, ACCOUNTING_OPTIONS, ACCOUNTING_STORE, type AccountingOptionsShape, type Clock } from '../accounting.tokens';
import { AllocationAccounts } from '../allocations/allocation-accounts';
import { round6, type JobCharge, type OpenAccount } from '../allocations/domain/allocation-account';
import { AccountingConfigurationService } from '../configuration/accounting-configuration.service';
import type { AccountingConfiguration } from '../configuration/domain/configuration';
import { chargeOf, type Charge } from './domain/charging';
import { fingerprintOf, type JobRecord, type RejectedLine } from './domain/job-record';
import type { FlagReason, ImportReport } from './import-report';
import { insertNewRecords, recordConflicts, storedFingerprints, type LedgerRow } from './job-records.sql';

export interface UsageImport {
  source: 'json' | 'sacct';
  system: string | null;
  records: JobRecord[];
  rejected: RejectedLine[];
  stepsIgnored: number;
}

interface Priced {
  record: JobRecord;
  charge: Charge | null;
  fingerprint: string;
}

const ATTEMPTS = 3;

/**
 * Takes job records in: each counts once by (system, job id). New records are written to the
 * ledger and charged to their allocation in one transaction (one UsageBatchCharged event per
 * allocation and import), so a record is never charged without being in the ledger, nor twice.
 */
@Injectable()
export class UsageLedger {
  constructor(
    @Inject(ACCOUNTING_DB) private readonly db: Database,
    @Inject(ACCOUNTING_STORE) private readonly store: PostgresEventStore,
    @Inject(ACCOUNTING_OPTIONS) private readonly options: AccountingOptionsShape,
    @Inject(ACCOUNTING_CLOCK) private readonly clock: Clock,
    private readonly configurations: AccountingConfigurationService,
    private readonly accounts: AllocationAccounts,
    private readonly metrics: AccountingMetrics,
  ) {}

  async import(usage: UsageImport, caller: Caller): Promise<ImportReport> {
    const { configuration } = await this.configurations.current();
    const importId = newEventId();
    const now = this.clock.now();
    const priced = usage.records.map((record): Priced => ({ record, charge: chargeOf(record, configuration), fingerprint: fingerprintOf(record) }));
    for (let attempt = 1; ; attempt++) {
      try {
        const report = await this.db.transaction((tx) => this.importIn(tx, usage, priced, configuration, { importId, now, caller }));
        this.store.notifyCommitted();
        this.count(report);
        return report;
      } catch (error) {
        // A status change raced this import on an allocation it charges: decide it all again.
        if (!(error instanceof ConcurrencyError) || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  private async importIn(
    tx: Sql,
    usage: UsageImport,
    priced: Priced[],
    configuration: AccountingConfiguration,
    at: { importId: string; now: Date; caller: Caller },
  ): Promise<ImportReport> {
    const schema = this.options.schema;
    const txStore = this.store.withTransaction(tx);
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
      const key = `${p.record.system}\u0000${p.record.jobId}`;
      if (firsts.has(key)) repeats.push(p);
      else firsts.set(key, p);
    }

    const accounts = await this.accountsOf(tx, txStore, [...firsts.values()].map((p) => p.record.account));
    const rows: LedgerRow[] = [...firsts.values()].map((p) => {
      const account = accounts.get(p.record.account);
      const reason = flagReason(p, account);
      return { priced: p, allocationId: account?.terms.allocationId ?? null, reason };
    });
    const inserted = await insertNewRecords(tx, schema, rows, at);
    const known = rows.filter((r) => !inserted.has(keyOf(r.priced.record)));
    const stored = await storedFingerprints(tx, schema, [...known.map((r) => r.priced.record), ...repeats.map((p) => p.record)]);
    const conflicts: Priced[] = [];
    for (const p of [...known.map((r) => r.priced), ...repeats]) {
      if (stored.get(keyOf(p.record)) === p.fingerprint) report.duplicates += 1;
      else {
        conflicts.push(p);
        flag(p.record, 'conflicting-resend');
      }
    }
    await recordConflicts(tx, schema, conflicts.map((p) => ({ record: p.record, fingerprint: p.fingerprint })), at);

    const toCharge = new Map<string, JobCharge[]>();
    for (const row of rows) {
      if (!inserted.has(keyOf(row.priced.record))) continue;
      if (row.reason) {
        flag(row.priced.record, row.reason);
        continue;
      }
      const { record, charge } = row.priced;
      const jobs = toCharge.get(row.allocationId as string) ?? [];
      jobs.push({ jobId: record.jobId, gpuHours: (charge as Charge).gpuHours, energyKwh: (charge as Charge).energyKwh, estimatedFlop: (charge as Charge).estimatedFlop, month: (charge as Charge).month });
      toCharge.set(row.allocationId as string, jobs);
      report.accepted += 1;
    }
    for (const [allocationId, jobs] of toCharge) {
      const account = [...accounts.values()].find((a) => a.terms.allocationId === allocationId) as OpenAccount;
      await this.accounts.execute(txStore, allocationId, {
        type: 'ChargeUsage',
        data: { importId: at.importId, jobs, thresholdsPercent: configuration.thresholdsPercent, overuseAction: configuration.overusePolicy[account.terms.mode] },
        context: { now: at.now, actor: at.caller.actor },
      }, { correlationId: at.caller.correlationId });
      report.charged.push({ allocationId, jobs: jobs.length, gpuHours: round6(jobs.reduce((t, j) => t + j.gpuHours, 0)) });
    }
    await tx.query(
      `INSERT INTO ${schema}.usage_imports (import_id, source, system, submitted_by, received_at, accepted, duplicates, flagged, rejected, steps_ignored, report)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [at.importId, usage.source, usage.system, at.caller.actor.id, at.now.toISOString(), report.accepted, report.duplicates, report.flagged, report.rejected.length, report.stepsIgnored, JSON.stringify(report)],
    );
    return report;
  }

  /** Slurm account -> the allocation's account as it stands in this transaction. */
  private async accountsOf(tx: Sql, txStore: EventStore, projectIds: string[]): Promise<Map<string, OpenAccount>> {
    const { rows } = await tx.query<{ project_id: string; allocation_id: string }>(
      `SELECT project_id, allocation_id FROM ${this.options.schema}.project_accounts WHERE project_id IN (SELECT jsonb_array_elements_text($1::jsonb))`,
      [JSON.stringify([...new Set(projectIds)])],
    );
    const accounts = new Map<string, OpenAccount>();
    for (const row of rows) {
      const found = await this.accounts.find(row.allocation_id, txStore);
      if (found) accounts.set(row.project_id, found.state);
    }
    return accounts;
  }

  private count(report: ImportReport): void {
    this.metrics.jobRecords.inc({ outcome: 'accepted' }, report.accepted);
    this.metrics.jobRecords.inc({ outcome: 'duplicate' }, report.duplicates);
    this.metrics.jobRecords.inc({ outcome: 'flagged' }, report.flagged);
    this.metrics.jobRecords.inc({ outcome: 'rejected' }, report.rejected.length);
  }
}

const keyOf = (record: JobRecord): string => `${record.system}\u0000${record.jobId}`;

/** Kept but not charged, and why; undefined when the record is charged. */
function flagReason(p: Priced, account: OpenAccount | undefined): FlagReason | undefined {
  if (!p.charge) return 'no-billing-rule';
  if (!account) return 'unknown-allocation';
  if (account.terms.system !== p.record.system) return 'system-mismatch';
  if (account.status === 'suspended') return 'allocation-suspended';
  if (account.status === 'closed') return 'allocation-closed';
  return undefined;
}
