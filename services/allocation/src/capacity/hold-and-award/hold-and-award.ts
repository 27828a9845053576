import { Injectable } from '@nestjs/common';
import { DomainError, newEventId, type CommandContext, type RecordedEvent } from '@hpc-access/eventsourcing';
import { loadApplication, onApplication } from '../../applications/application-stream';
import { isReadyForAward, type ApplicationState } from '../../applications/domain/allocation-application';
import { ledgerDecider, type LedgerCommand, type LedgerTerms } from '../domain/partition-ledger.decide';
import { holdOf, isQueued, ledgerStreamId, type AwardFields, type LedgerEvent } from '../domain/partition-ledger';
import { monthlyCapacity, type AllocationConfiguration } from '../../configuration/domain/configuration';
import { ConfigurationService } from '../../configuration/configuration.service';
import { BARRED_REASON, standingDecider, standingStreamId } from '../../organisations/domain/standing';
import { isOrganisationBarred } from '../../organisations/organisation-bar';
import { projectId, projectNumbersDecider, projectNumbersStreamId } from '../../allocations/domain/project-numbers';
import { allocationDecider } from '../../allocations/domain/allocation.decide';
import { allocationStreamId, type AwardDecision } from '../../allocations/domain/allocation';
import { awardDecision } from '../../applications/domain/award-decision';
import { DEADLINES } from '../../shared/deadlines';
import type { Work } from '../../shared/unit-of-work';
import { pausedWorkingDays } from '../../time-to-access/domain/working-days';

/** How an award comes about: a hold in a continuous mode, a cut-off's ranking, or the reserve list when capacity comes back. */
export type AwardHow = { kind: 'hold' } | { kind: 'cut-off' | 'reserve-list'; cutOffAt: Date };

/**
 * The award's events are recorded as the rule that applied it, not as whoever's request happened
 * to complete the application (a technical assessor, a release of capacity): the decision-makers
 * are named in the data, the actor is the programme's rule carrying the decision out.
 */
function decisionContext(context: CommandContext, decision: AwardDecision): CommandContext {
  return { now: context.now, actor: { id: `rule:${decision.rule}`, role: 'system' } };
}

/**
 * The steps from a hold to an award (ARCHITECTURE.md section 4, the process manager): a hold
 * asked for, released or expired, and the award it turns into, always inside the caller's unit of
 * work. The slices that learn something (eligibility, an assessment, an ethics decision, a
 * withdrawal, a deadline, a cut-off) run them.
 */
@Injectable()
export class HoldAndAward {
  constructor(private readonly configs: ConfigurationService) {}

  terms(configuration: AllocationConfiguration, system: string, partition: string): LedgerTerms {
    return {
      system,
      partition,
      capacity: { continuous: monthlyCapacity(configuration, system, partition, 'continuous'), 'large-scale': monthlyCapacity(configuration, system, partition, 'large-scale') },
      holdLifetimeDays: configuration.holdLifetimeDays,
    };
  }

  async requestHold(w: Work, context: CommandContext, app: ApplicationState): Promise<void> {
    if (!app.request || !app.mode) return;
    const configuration = await this.configs.current(w.store);
    const { system, partition, gpuHours, durationMonths, start } = app.request;
    const request = { applicationId: app.applicationId, organisationId: app.organisationId, mode: app.mode, gpuHours, durationMonths, start };
    await this.ledger(w, system, partition, { type: 'RequestHold', data: { request, terms: this.terms(configuration, system, partition) }, context });
  }

  /** A ledger command and what follows from its events: hold deadlines, and awards for holds just placed. */
  async ledger(w: Work, system: string, partition: string, command: LedgerCommand): Promise<RecordedEvent[]> {
    const { events } = await w.exec(ledgerDecider, ledgerStreamId(system, partition), command);
    const now = command.context.now;
    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as LedgerEvent;
      if (event.type === 'CapacityHoldPlaced') {
        await w.schedule(DEADLINES.expireHold(event.data.holdId), 'ExpireHold', new Date(event.data.expiresAt), { holdId: event.data.holdId, system, partition }, now);
      } else if (event.type === 'CapacityHoldReleased') {
        await w.cancel(DEADLINES.expireHold(event.data.holdId), now);
      }
    }
    for (const recorded of events) {
      if (recorded.type === 'CapacityHoldPlaced') await this.tryAward(w, command.context, (recorded.data as { applicationId: string }).applicationId);
    }
    return events;
  }

  /** Playground and Fast Lane: award as soon as everything is clear and capacity is held (DOMAIN.md step 6). */
  async tryAward(w: Work, context: CommandContext, applicationId: string): Promise<void> {
    const { state: app } = await loadApplication(w, applicationId);
    if (!isReadyForAward(app) || app.mode === 'large-scale' || !app.request) return;
    if (await isOrganisationBarred(w, app.organisationId)) {
      await this.release(w, context, applicationId, 'barred');
      await onApplication(w, applicationId, { type: 'MarkNotFunded', data: { reason: BARRED_REASON, reserve: false }, context });
      return;
    }
    const { state: ledger } = await w.load(ledgerDecider, ledgerStreamId(app.request.system, app.request.partition));
    if (holdOf(ledger, applicationId)) {
      await this.award(w, context, app, { kind: 'hold' }).catch((error: unknown) => {
        // The award would start in a later month than the hold: it stays held until capacity allows.
        if (!(error instanceof DomainError && error.code === 'capacity-short')) throw error;
      });
    } else if (!isQueued(ledger, applicationId)) {
      // Its hold expired while it waited for assessment or ethics: it asks again.
      await this.requestHold(w, context, app);
    }
  }

  /**
   * The award: project number, the ledger's AllocationAwarded (the hold becomes the award in one
   * event), the application and allocation records and the closing deadline, in one transaction.
   * A capacity refusal is thrown before anything is written.
   */
  async award(w: Work, cause: CommandContext, app: ApplicationState, how: AwardHow): Promise<AwardFields> {
    const decision = awardDecision(app, how);
    const context = decisionContext(cause, decision);
    const request = app.request;
    const mode = app.mode;
    if (!request || !mode) throw new Error(`application ${app.applicationId} has no request`);
    const configuration = await this.configs.current(w.store);
    const now = context.now;
    const year = now.getUTCFullYear();
    const numbers = await w.load(projectNumbersDecider, projectNumbersStreamId(year));
    const allocationId = newEventId();
    const cutOff = how.kind === 'hold' ? 1 : how.cutOffAt.getUTCMonth() + 1;
    const id = projectId({ programmeCode: configuration.programmeCode, year, modeCode: configuration.modes[mode].code, cutOff, sequence: numbers.state.last + 1 });
    const data = { applicationId: app.applicationId, organisationId: app.organisationId, allocationId, projectId: id, mode, requestedGpuHours: request.gpuHours, durationMonths: request.durationMonths, start: request.start, terms: this.terms(configuration, request.system, request.partition) };
    const ledgerCommand: LedgerCommand = how.kind === 'hold'
      ? { type: 'AwardFromHold', data, context }
      : { type: 'AwardAtCutOff', data: { ...data, minimumPartialFraction: configuration.minimumPartialFraction }, context };
    const awarded = await this.ledger(w, request.system, request.partition, ledgerCommand);
    const fields = awarded[0].data as unknown as AwardFields;
    // Pinned to the revision read above: a number drawn concurrently makes the whole unit run again.
    await w.exec(projectNumbersDecider, projectNumbersStreamId(year), { type: 'IssueProjectNumber', data: { year, allocationId }, context }, numbers.revision);
    const clockStartedAt = how.kind === 'hold' ? (app.submittedAt ?? now.toISOString()) : how.cutOffAt.toISOString();
    const targetWorkingDays = configuration.modes[mode].targetWorkingDays;
    const paused = pausedWorkingDays(app.clockStops ?? [], new Date(clockStartedAt), now, configuration.holidays);
    await onApplication(w, app.applicationId, { type: 'MarkAwarded', data: { allocationId, projectId: id, gpuHours: fields.gpuHours, partial: fields.partial, clockStartedAt, targetWorkingDays, holidays: configuration.holidays, decision }, context });
    const { applicationId, organisationId, system, partition, gpuHours, monthlyQuotaGpuHours, start, end, partial } = fields;
    await w.exec(allocationDecider, allocationStreamId(allocationId), { type: 'OpenAllocation', data: { allocationId, applicationId, organisationId, projectId: id, mode, system, partition, gpuHours, monthlyQuotaGpuHours, start, end, partial, clockStartedAt, targetWorkingDays, pausedWorkingDays: paused, decision }, context });
    await w.exec(standingDecider, standingStreamId(organisationId), { type: 'AttributeAllocation', data: { organisationId, allocationId }, context });
    await w.schedule(DEADLINES.closeAllocation(allocationId), 'CloseAllocation', new Date(`${end}T00:00:00.000Z`), { allocationId }, now);
    if (fields.holdId) await w.cancel(DEADLINES.expireHold(fields.holdId), now);
    return fields;
  }

  /** Gives back an application's hold or queue place; the queue moves up. */
  async release(w: Work, context: CommandContext, applicationId: string, reason: string): Promise<void> {
    const { state: app } = await loadApplication(w, applicationId);
    if (!app.request) return;
    const configuration = await this.configs.current(w.store);
    const { system, partition } = app.request;
    await this.ledger(w, system, partition, { type: 'ReleaseApplication', data: { applicationId, reason, terms: this.terms(configuration, system, partition) }, context });
  }
}
