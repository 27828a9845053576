import { Inject, Injectable } from '@nestjs/common';
import { DomainError, fold, notFound, type CommandContext, type EventStore, type RecordedEvent } from '@hpc-access/eventsourcing';
import { ALLOCATION_STORE } from '../allocation.tokens';
import { ConfigurationService } from '../configuration/configuration.service';
import { DEADLINES } from '../shared/deadlines';
import { UnitOfWork, type Trace, type Work } from '../shared/unit-of-work';
import { standingDecider, standingStreamId } from '../organisations/domain/standing';
import { ReturnCapacity } from '../capacity/return-capacity/return-capacity';
import { suspensionKeepsCapacityDays } from '../configuration/domain/configuration';
import { allocationDecider, type AllocationCommand } from './domain/allocation.decide';
import { allocationStreamId, type AllocationEvent, type AllocationState, type EarlyClosure, type ResumedBy, type SuspendedBy } from './domain/allocation';

export interface AllocationResult {
  state: AllocationState;
  revision: number;
}

/** An allocation's life after the award: provisioning, suspension, closure, final report, bar. */
@Injectable()
export class AllocationCommands {
  constructor(
    private readonly units: UnitOfWork,
    private readonly configs: ConfigurationService,
    private readonly capacity: ReturnCapacity,
    @Inject(ALLOCATION_STORE) private readonly store: EventStore,
  ) {}

  async load(allocationId: string): Promise<AllocationResult & { events: RecordedEvent[] }> {
    const events = await this.store.readStream(allocationStreamId(allocationId));
    if (events.length === 0) throw notFound('allocation-not-found', `no allocation ${allocationId}`);
    const state = fold(allocationDecider, events.map((e) => ({ type: e.type, data: e.data }) as AllocationEvent));
    return { state, revision: events.length - 1, events };
  }

  /** A command on an existing allocation in a unit of its own, pinned to If-Match when given. */
  run(allocationId: string, trace: Trace, expectedRevision: number | undefined, build: (w: Work) => Promise<AllocationCommand>, after?: (w: Work, state: AllocationState) => Promise<void>): Promise<AllocationResult> {
    return this.units.run(trace, async (w) => {
      const command = await build(w);
      return this.exec(w, allocationId, command, expectedRevision, after);
    });
  }

  async exec(w: Work, allocationId: string, command: AllocationCommand, expectedRevision?: number, after?: (w: Work, state: AllocationState) => Promise<void>): Promise<AllocationResult> {
    const before = await w.load(allocationDecider, allocationStreamId(allocationId));
    if (before.revision < 0) throw notFound('allocation-not-found', `no allocation ${allocationId}`);
    const result = await w.exec(allocationDecider, allocationStreamId(allocationId), command, expectedRevision);
    await this.followCapacity(w, command.context, result.events.map((e) => e.type), before.state, result.state);
    if (after) await after(w, result.state);
    return { state: result.state, revision: result.revision };
  }

  /**
   * Capacity follows the allocation's life, in the same unit of work: a first suspension starts the
   * time it keeps its capacity (configuration), a full resumption takes back what it gave away, an
   * early closure or revocation gives its months back at once (ADR 29).
   */
  private async followCapacity(w: Work, context: CommandContext, types: string[], before: AllocationState, state: AllocationState): Promise<void> {
    const terms = state.terms;
    if (!terms) return;
    const now = context.now;
    if (types.includes('AllocationSuspended') && state.suspendedSince) {
      const days = suspensionKeepsCapacityDays(await this.configs.current(w.store));
      await w.schedule(DEADLINES.suspensionCapacity(terms.allocationId, state.suspendedSince), 'ReleaseSuspendedCapacity', new Date(now.getTime() + days * 86_400_000), { allocationId: terms.allocationId }, now);
    }
    const ended = before.suspendedSince && (types.includes('AllocationResumed') || types.includes('AllocationClosed'));
    if (ended) await w.cancel(DEADLINES.suspensionCapacity(terms.allocationId, before.suspendedSince ?? ''), now);
    if (types.includes('AllocationResumed')) await this.capacity.restore(w, context, terms);
    if (types.includes('AllocationClosed')) {
      if (state.closure) {
        await w.cancel(DEADLINES.closeAllocation(terms.allocationId), now);
        await this.capacity.release(w, context, terms, state.closure.kind);
      }
    }
  }

  activate(allocationId: string, siteReference: string | null, context: CommandContext, trace: Trace, expectedRevision?: number): Promise<AllocationResult> {
    return this.run(allocationId, trace, expectedRevision, async (w) => ({ type: 'ActivateAllocation', data: { siteReference, holidays: (await this.configs.current(w.store)).holidays }, context }));
  }

  suspend(allocationId: string, reason: string, context: CommandContext, trace: Trace, expectedRevision?: number): Promise<AllocationResult> {
    return this.run(allocationId, trace, expectedRevision, async () => ({ type: 'SuspendAllocation', data: { reason, by: 'staff' }, context }));
  }

  /** The committee lifts the causes it owns (overuse, its own decisions); governance's stays. */
  resume(allocationId: string, context: CommandContext, trace: Trace, expectedRevision?: number): Promise<AllocationResult> {
    return this.run(allocationId, trace, expectedRevision, async () => ({ type: 'ResumeAllocation', data: { by: 'staff' }, context }));
  }

  /** Staff end an allocation before its end date; its months go back to the pool and the final report falls due. */
  closeEarly(allocationId: string, kind: EarlyClosure['kind'], reason: string, context: CommandContext, trace: Trace, expectedRevision?: number): Promise<AllocationResult> {
    return this.run(allocationId, trace, expectedRevision, async (w) => ({ type: 'CloseAllocationEarly', data: { kind, reason, finalReportDueMonths: (await this.configs.current(w.store)).finalReportDueMonths }, context }), async (w, state) => {
      if (state.finalReportDue) await w.schedule(DEADLINES.finalReport(allocationId), 'CheckFinalReport', new Date(`${state.finalReportDue}T00:00:00.000Z`), { allocationId }, context.now);
    });
  }

  /** Deadline `suspension-capacity:<allocationId>`: still suspended past what the configuration keeps, its months go back to the pool. */
  async releaseSuspendedCapacity(w: Work, context: CommandContext, allocationId: string): Promise<void> {
    const { state } = await w.load(allocationDecider, allocationStreamId(allocationId));
    if (state.status !== 'suspended' || !state.terms) return;
    await this.capacity.release(w, context, state.terms, 'suspended');
  }

  /** The report lifts the bar it caused, if it caused one. */
  submitFinalReport(allocationId: string, report: { results: string; energyKwh: number; computeFlop: number; acknowledgement: boolean }, context: CommandContext, trace: Trace, expectedRevision?: number): Promise<AllocationResult> {
    return this.run(allocationId, trace, expectedRevision, async () => ({ type: 'SubmitFinalReport', data: report, context }), async (w, state) => {
      const organisationId = state.terms?.organisationId ?? '';
      await w.exec(standingDecider, standingStreamId(organisationId), { type: 'LiftBar', data: { organisationId, allocationId }, context });
    });
  }

  /** Deadline at the end date: close and set the final report due. */
  async close(w: Work, context: CommandContext, allocationId: string): Promise<void> {
    const { finalReportDueMonths } = await this.configs.current(w.store);
    const { state } = await this.exec(w, allocationId, { type: 'CloseAllocation', data: { finalReportDueMonths }, context });
    if (state.status === 'closed' && state.finalReportDue && !state.finalReportSubmittedAt) {
      await w.schedule(DEADLINES.finalReport(allocationId), 'CheckFinalReport', new Date(`${state.finalReportDue}T00:00:00.000Z`), { allocationId }, context.now);
    }
  }

  /** Deadline at the final report's due date: without it, the organisation is barred. */
  async checkFinalReport(w: Work, context: CommandContext, allocationId: string): Promise<void> {
    const before = await w.load(allocationDecider, allocationStreamId(allocationId));
    const { state } = await this.exec(w, allocationId, { type: 'CheckFinalReport', data: {}, context });
    if (state.finalReportOverdue && !before.state.finalReportOverdue && state.terms) {
      const { organisationId } = state.terms;
      await w.exec(standingDecider, standingStreamId(organisationId), { type: 'BarOrganisation', data: { organisationId, allocationId, reason: `final report for ${state.terms.projectId} overdue since ${state.finalReportDue}` }, context });
    }
  }

  /** Accounting asks for a suspension on overuse; an allocation already suspended or closed stays as it is. */
  async suspendQuietly(w: Work, context: CommandContext, allocationId: string, reason: string, by: SuspendedBy): Promise<void> {
    await this.exec(w, allocationId, { type: 'SuspendAllocation', data: { reason, by }, context }).catch(ignoreConflicts);
  }

  /** Governance suspends or resumes every allocation of an organisation. */
  async forOrganisation(w: Work, context: CommandContext, organisationId: string, command: { reason: string; by: SuspendedBy } | { by: ResumedBy }, kind: 'SuspendAllocation' | 'ResumeAllocation'): Promise<void> {
    const { state } = await w.load(standingDecider, standingStreamId(organisationId));
    for (const allocationId of state.allocations) {
      const cmd = { type: kind, data: command, context } as AllocationCommand;
      await this.exec(w, allocationId, cmd).catch(ignoreConflicts);
    }
  }
}

function ignoreConflicts(error: unknown): void {
  if (!(error instanceof DomainError && error.kind === 'conflict')) throw error;
}
