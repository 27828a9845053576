import { Inject, Injectable } from '@nestjs/common';
import { assertMayActOnSystem, type Caller } from '@hpc-access/auth';
import { newEventId, type EventStore } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import { ProblemException, badRequest, problem } from '@hpc-access/http';
import { AccountingMetrics } from '../accounting-metrics';
import { ACCOUNTING_CLOCK, ACCOUNTING_OPTIONS, type AccountingOptionsShape, type Clock } from '../accounting.tokens';
import type { JobCharge, OpenAccount } from '../allocations/domain/allocation-account';
import { AccountingConfigurationService } from '../configuration/accounting-configuration.service';
import { timeZoneOfSite, type AccountingConfiguration } from '../configuration/domain/configuration';
import { UsageCheckpoints } from '../sites/usage-checkpoints';
import { addToBatch, ChargeBatches, type ChargeContext } from './charge-batches';
import { differsOnlyInAssignment, flagReasonFor, isReassessable, type FlagReason } from './domain/assignment';
import { chargeOf, type Charge } from './domain/charging';
import { fingerprintOf, type JobRecord, type ReadJobRecord, type RejectedLine } from './domain/job-record';
import { recordsInZone } from './domain/record-times';
import type { ImportReport } from './import-report';
import { insertNewRecords, recordConflicts, replaceFlaggedRecords, storedRecords, type LedgerRow } from './job-records.sql';
import { allocationsOfAccounts, slurmAccountKey } from './slurm-accounts.sql';
import { systemScopeOfUpload, type UploadScope } from './upload-scope';

export interface UsageImport {
  source: 'json' | 'sacct';
  system: string | null;
  /** As sent: times perhaps without a zone; sacct records carry their line for error messages. */
  records: Array<ReadJobRecord & { line?: number }>;
  rejected: RejectedLine[];
  stepsIgnored: number;
  /** The site the usage is for: every record's system, and its allocation's, must be one it hosts. */
  upload: UploadScope;
  /** The zone the sender named for its zone-less times (the agent runs sacct with TZ=UTC); else the site's. */
  timeZone?: string;
  /** The site agent's checkpoint after this batch, recorded with it. */
  checkpoint?: string;
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
    private readonly configurations: AccountingConfigurationService,
    private readonly batches: ChargeBatches,
    private readonly checkpoints: UsageCheckpoints,
    private readonly metrics: AccountingMetrics,
  ) {}

  async import(usage: UsageImport, caller: Caller): Promise<ImportReport> {
    // The checkpoint is where the site's own agent stands; a file mailed to an officer must not move it.
    if (usage.checkpoint !== undefined && usage.upload.onBehalfOfSite) throw badRequest('checkpoint', "only a site's own agent sends a checkpoint, not an upload on its behalf");
    const { configuration } = await this.configurations.current();
    const zone = usage.timeZone ?? timeZoneOfSite(configuration, usage.upload.siteId);
    const records = this.inUtc(usage, zone);
    this.assertSystemsWithinSite(usage, records);
    const at: ChargeContext = { importId: newEventId(), now: this.clock.now(), caller, upload: { siteId: usage.upload.siteId, onBehalfOfSite: usage.upload.onBehalfOfSite } };
    const priced = records.map((record): Priced => ({ record, charge: chargeOf(record, configuration), fingerprint: fingerprintOf(record) }));
    const report = await this.batches.inTransaction((tx, txStore) => this.importIn(tx, txStore, usage, priced, configuration, at));
    this.metrics.jobRecords.inc({ outcome: 'accepted' }, report.accepted);
    this.metrics.jobRecords.inc({ outcome: 'duplicate' }, report.duplicates);
    this.metrics.jobRecords.inc({ outcome: 'flagged' }, report.flagged);
    this.metrics.jobRecords.inc({ outcome: 'rejected' }, report.rejected.length);
    return report;
  }

  /** Times as UTC instants; zone-less times with no zone to read them in refuse the whole upload (422 naming one). */
  private inUtc(usage: UsageImport, zone: string | undefined): JobRecord[] {
    const result = recordsInZone(usage.records, zone);
    if ('records' in result) return result.records.map(({ line: _line, ...record }) => record);
    const { index, field, value } = result.zoneless;
    const line = usage.records[index].line;
    const where = usage.source === 'json' ? `records.${index}.${field}` : `line ${line ?? index + 2}`;
    const fieldName = usage.source === 'json' ? field : field === 'start' ? 'Start' : 'End';
    throw new ProblemException(problem(422, 'time-zone-unknown', 'The request cannot be carried out',
      `site ${usage.upload.siteId} has no time zone configured and the upload names none, so times without a zone cannot be read`, [
        { field: 'timeZone', reason: `name the zone of the times (UTC when sacct ran with TZ=UTC), or have site ${usage.upload.siteId}'s zone configured` },
        { field: where, reason: `${fieldName} '${value}' has no time zone` },
      ]));
  }

  /**
   * The whole import is refused (403 naming the system) when one record is for a system the site
   * does not host, or is charged to an allocation on such a system: one site must never charge
   * another's allocation. The systems are checked here; the allocations' in the import's
   * transaction (allocationsWithinSite), from the same read that finds the accounts to charge.
   */
  private assertSystemsWithinSite(usage: UsageImport, records: JobRecord[]): void {
    const scope = systemScopeOfUpload(usage.upload);
    if (usage.source === 'sacct' && usage.system !== null) assertMayActOnSystem(scope, usage.system, 'system');
    records.forEach((record, i) => assertMayActOnSystem(scope, record.system, usage.source === 'json' ? `records.${i}.system` : 'system'));
  }

  /** The allocation of each record's Slurm account, refused (403) when one is on a system the site does not host. */
  private async allocationsWithinSite(tx: Sql, usage: UsageImport, records: JobRecord[]): Promise<Map<string, { allocationId: string; system: string }>> {
    const scope = systemScopeOfUpload(usage.upload);
    const allocations = await allocationsOfAccounts(tx, this.options.schema, records);
    records.forEach((record, i) => {
      const system = allocations.get(slurmAccountKey(record))?.system;
      if (system !== undefined) assertMayActOnSystem(scope, system, usage.source === 'json' ? `records.${i}.account` : `account ${record.account}`);
    });
    return allocations;
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

    // One read of the accounts' allocations: the site check of every record, then the accounts to charge.
    const allocations = await this.allocationsWithinSite(tx, usage, priced.map((p) => p.record));
    const accounts = await this.batches.accountsOf(tx, txStore, [...firsts.values()].map((p) => p.record), allocations);
    const rowOf = (p: Priced): LedgerRow & { account: OpenAccount | undefined } => {
      const account = accounts.get(slurmAccountKey(p.record));
      return { priced: p, account, allocationId: account?.terms.allocationId ?? null, reason: flagReasonFor(p.record, p.charge, account, { configuration, now: at.now }) };
    };
    const rows = [...firsts.values()].map(rowOf);
    const inserted = await insertNewRecords(tx, schema, rows, at);
    const known = rows.filter((r) => !inserted.has(keyOf(r.priced.record)));
    const stored = await storedRecords(tx, schema, [...known.map((r) => r.priced.record), ...repeats.map((p) => p.record)]);

    // A kept record never charged (unknown account, no rule...) sent again as it was, or with its
    // account or partition corrected, is assessed again: it charges once it belongs somewhere.
    const reassigned: Array<LedgerRow & { account: OpenAccount | undefined }> = [];
    const conflicts: Priced[] = [];
    for (const row of known) {
      const p = row.priced;
      const kept = stored.get(keyOf(p.record));
      if (!kept) continue;
      const correction = isReassessable(kept.status, kept.reason) && differsOnlyInAssignment(kept.record, p.record);
      if (correction && (kept.fingerprint !== p.fingerprint || row.reason === undefined)) {
        reassigned.push(row);
        stored.set(keyOf(p.record), { ...kept, fingerprint: p.fingerprint });
      } else if (kept.fingerprint === p.fingerprint) report.duplicates += 1;
      else {
        conflicts.push(p);
        flag(p.record, 'conflicting-resend');
      }
    }
    for (const p of repeats) {
      if (stored.get(keyOf(p.record))?.fingerprint === p.fingerprint) report.duplicates += 1;
      else {
        conflicts.push(p);
        flag(p.record, 'conflicting-resend');
      }
    }
    await recordConflicts(tx, schema, conflicts.map((p) => ({ record: p.record, fingerprint: p.fingerprint })), at);
    await replaceFlaggedRecords(tx, schema, reassigned, at);

    const toCharge = new Map<string, { account: OpenAccount; jobs: JobCharge[] }>();
    for (const row of [...rows.filter((r) => inserted.has(keyOf(r.priced.record))), ...reassigned]) {
      const { record, charge } = row.priced;
      if (row.reason) {
        flag(record, row.reason);
        continue;
      }
      addToBatch(toCharge, row.account as OpenAccount, jobChargeOf(record, charge as Charge));
      report.accepted += 1;
      if (charge?.notCharged) (report.notCharged ??= []).push({ system: record.system, jobId: record.jobId, state: record.state, reason: charge.notCharged });
    }
    report.charged = await this.batches.charge(tx, txStore, toCharge, configuration, at);
    if (usage.checkpoint !== undefined) {
      report.checkpoint = usage.checkpoint;
      await this.checkpoints.record(tx, txStore, usage.upload.siteId, usage.checkpoint, report, at.caller);
    }
    await this.batches.recordReport(tx, report, at.caller.actor.id, at.upload);
    return report;
  }
}

const keyOf = (record: JobRecord): string => `${record.system}\u0000${record.jobId}`;

export const jobChargeOf = (record: JobRecord, charge: Charge): JobCharge => ({
  jobId: record.jobId, gpuHours: charge.gpuHours, energyKwh: charge.energyKwh, estimatedFlop: charge.estimatedFlop, month: charge.month,
});
