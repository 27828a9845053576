import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@hpc-access/auth';
import { newEventId } from '@hpc-access/eventsourcing';
import { ACCOUNTING_CLOCK, ACCOUNTING_OPTIONS, type AccountingOptionsShape, type Clock } from '../../accounting.tokens';
import type { JobCharge, OpenAccount } from '../../allocations/domain/allocation-account';
import { AccountingConfigurationService } from '../../configuration/accounting-configuration.service';
import type { JobRecordRow } from '../../shared/job-record-view';
import { addToBatch, ChargeBatches } from '../charge-batches';
import { slurmAccountKey } from '../slurm-accounts.sql';
import { flagReasonFor, REASSESSABLE } from '../domain/assignment';
import { chargeOf } from '../domain/charging';
import type { ImportReport } from '../import-report';
import { recordOfRow } from '../job-records.sql';
import { jobChargeOf } from '../usage-ledger';

const MAX_RECORDS = 20_000;

/**
 * Looks again at flagged records whose reason may have gone away and charges those that now
 * belong to an active allocation (usage sent before the activation arrived, a billing rule added).
 * Records of suspended or closed allocations stay flagged: use in those periods is not charged.
 */
@Injectable()
export class RecordReassessment {
  constructor(
    @Inject(ACCOUNTING_OPTIONS) private readonly options: AccountingOptionsShape,
    @Inject(ACCOUNTING_CLOCK) private readonly clock: Clock,
    private readonly configurations: AccountingConfigurationService,
    private readonly batches: ChargeBatches,
  ) {}

  async reassess(system: string | undefined, caller: Caller): Promise<ImportReport> {
    const { configuration } = await this.configurations.current();
    const at = { importId: newEventId(), now: this.clock.now(), caller };
    const table = `${this.options.schema}.job_records`;
    return this.batches.inTransaction(async (tx, txStore) => {
      const { rows } = await tx.query<JobRecordRow>(
        `SELECT * FROM ${table} WHERE status = 'flagged' AND reason IN (SELECT jsonb_array_elements_text($1::jsonb)) AND ($2::text IS NULL OR system = $2)
         ORDER BY received_at, system, job_id LIMIT $3 FOR UPDATE`,
        [JSON.stringify(REASSESSABLE), system ?? null, MAX_RECORDS],
      );
      const report: ImportReport = {
        importId: at.importId, source: 'reassessment', system: system ?? null, receivedAt: at.now.toISOString(),
        accepted: 0, duplicates: 0, flagged: 0, flaggedRecords: [], rejected: [], stepsIgnored: 0, charged: [],
      };
      const records = rows.map(recordOfRow);
      const accounts = await this.batches.accountsOf(tx, txStore, records);
      const toCharge = new Map<string, { account: OpenAccount; jobs: JobCharge[] }>();
      const updates: Array<Record<string, unknown>> = [];
      for (const record of records) {
        const charge = chargeOf(record, configuration);
        const account = accounts.get(slurmAccountKey(record));
        const reason = flagReasonFor(record, charge, account, { configuration, now: at.now });
        if (reason) {
          report.flagged += 1;
          report.flaggedRecords.push({ system: record.system, jobId: record.jobId, reason });
        } else {
          addToBatch(toCharge, account as OpenAccount, jobChargeOf(record, charge as NonNullable<typeof charge>));
          report.accepted += 1;
          if (charge?.notCharged) (report.notCharged ??= []).push({ system: record.system, jobId: record.jobId, state: record.state, reason: charge.notCharged });
        }
        updates.push({
          system: record.system, job_id: record.jobId, status: reason ? 'flagged' : 'charged', reason: reason ?? charge?.notCharged ?? null, allocation_id: account?.terms.allocationId ?? null,
          gpus: charge?.gpus ?? 0, gpu_hours: charge?.gpuHours ?? 0, estimated_flop: charge?.estimatedFlop ?? 0,
        });
      }
      await tx.query(
        `UPDATE ${table} j SET status = u.status, reason = u.reason, allocation_id = u.allocation_id, gpus = u.gpus, gpu_hours = u.gpu_hours, estimated_flop = u.estimated_flop
         FROM jsonb_to_recordset($1::jsonb) AS u(system text, job_id text, status text, reason text, allocation_id text, gpus integer, gpu_hours double precision, estimated_flop double precision)
         WHERE j.system = u.system AND j.job_id = u.job_id`,
        [JSON.stringify(updates)],
      );
      report.charged = await this.batches.charge(tx, txStore, toCharge, configuration, at);
      await this.batches.recordReport(tx, report, caller.actor.id);
      return report;
    });
  }
}
