import { assertNever, conflict, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import { poolOf, type CapacityPool } from '../../configuration/domain/configuration';
import { addDays, addMonths, laterDate, monthlyQuota, monthsFrom } from './months';
import { evolveLedger, holdOf, initialLedgerState, isQueued, type AwardFields, type LedgerEvent, type LedgerState, type MonthAmounts, type Request } from './partition-ledger';

/** What the ledger needs from the configuration at the time of the command. */
export interface LedgerTerms {
  system: string;
  partition: string;
  /** GPU-hours per month per pool, from the configuration in force. */
  capacity: Record<CapacityPool, number>;
  holdLifetimeDays: number;
}

interface AwardData {
  applicationId: string;
  organisationId: string;
  allocationId: string;
  projectId: string;
  mode: Request['mode'];
  requestedGpuHours: number;
  durationMonths: number;
  start: string;
}

export type LedgerCommand =
  | { type: 'RequestHold'; data: { request: Request; terms: LedgerTerms }; context: CommandContext }
  | { type: 'ReleaseApplication'; data: { applicationId: string; reason: string; terms: LedgerTerms }; context: CommandContext }
  | { type: 'ExpireHold'; data: { holdId: string; terms: LedgerTerms }; context: CommandContext }
  | { type: 'AwardFromHold'; data: AwardData & { terms: LedgerTerms }; context: CommandContext }
  | { type: 'AwardAtCutOff'; data: AwardData & { terms: LedgerTerms; minimumPartialFraction: number }; context: CommandContext }
  /** Gives back an allocation's months from the current one on; the continuous queue is served from them at once. */
  | { type: 'ReleaseAllocation'; data: { allocationId: string; reason: string; terms: LedgerTerms }; context: CommandContext }
  /** Takes back for a resumed allocation what still fits of the months it gave back. */
  | { type: 'RestoreAllocation'; data: { allocationId: string; terms: LedgerTerms }; context: CommandContext };

const free = (state: LedgerState, terms: LedgerTerms, pool: CapacityPool, month: string): number =>
  terms.capacity[pool] - (state.reserved[`${pool}:${month}`] ?? 0);

function evenly(months: string[], perMonth: number): MonthAmounts {
  return Object.fromEntries(months.map((m) => [m, perMonth]));
}

/** Whether `perMonth` more fits in every month: capacity can never go below zero. */
const fits = (state: LedgerState, terms: LedgerTerms, pool: CapacityPool, months: MonthAmounts): boolean =>
  Object.entries(months).every(([month, amount]) => free(state, terms, pool, month) >= amount);

function holdFor(state: LedgerState, request: Request, terms: LedgerTerms, now: Date): LedgerEvent {
  const start = laterDate(request.start, now);
  const months = evenly(monthsFrom(start, request.durationMonths), monthlyQuota(request.gpuHours, request.durationMonths));
  return {
    type: 'CapacityHoldPlaced',
    data: {
      ...request,
      holdId: `${request.applicationId}.${state.holdsPlaced + 1}`,
      pool: poolOf(request.mode),
      months,
      expiresAt: addDays(now, terms.holdLifetimeDays).toISOString(),
      system: terms.system,
      partition: terms.partition,
      placedAt: now.toISOString(),
    },
  };
}

function fitsAsHold(state: LedgerState, request: Request, terms: LedgerTerms, now: Date): boolean {
  const start = laterDate(request.start, now);
  return fits(state, terms, poolOf(request.mode), evenly(monthsFrom(start, request.durationMonths), monthlyQuota(request.gpuHours, request.durationMonths)));
}

/** First come, first served: the head of the queue gets a hold while it fits; nobody overtakes it. */
function promote(state: LedgerState, terms: LedgerTerms, now: Date): LedgerEvent[] {
  const events: LedgerEvent[] = [];
  let current = state;
  for (const head of state.queue) {
    if (!fitsAsHold(current, head, terms, now)) break;
    const { queuedAt: _queuedAt, ...request } = head;
    const placed = holdFor(current, request, terms, now);
    events.push(placed);
    current = evolveLedger(current, placed);
  }
  return events;
}

function releaseThenPromote(state: LedgerState, release: LedgerEvent, terms: LedgerTerms, now: Date): LedgerEvent[] {
  return [release, ...promote(evolveLedger(state, release), terms, now)];
}

function award(data: AwardData, terms: LedgerTerms, now: Date, gpuHours: number, holdId: string | null): LedgerEvent & { type: 'AllocationAwarded' } {
  const start = laterDate(data.start, now);
  const quota = monthlyQuota(gpuHours, data.durationMonths);
  const fields: AwardFields = {
    allocationId: data.allocationId,
    applicationId: data.applicationId,
    organisationId: data.organisationId,
    projectId: data.projectId,
    mode: data.mode,
    system: terms.system,
    partition: terms.partition,
    gpuHours,
    requestedGpuHours: data.requestedGpuHours,
    monthlyQuotaGpuHours: quota,
    start,
    end: addMonths(start, data.durationMonths),
    partial: gpuHours < data.requestedGpuHours,
    holdId,
    pool: poolOf(data.mode),
    months: evenly(monthsFrom(start, data.durationMonths), quota),
    awardedAt: now.toISOString(),
  };
  return { type: 'AllocationAwarded', data: fields };
}

function decide(command: LedgerCommand, state: LedgerState): LedgerEvent[] {
  const now = command.context.now;
  switch (command.type) {
    case 'RequestHold': {
      const { request, terms } = command.data;
      if (holdOf(state, request.applicationId) || isQueued(state, request.applicationId)) return [];
      if (state.queue.length === 0 && fitsAsHold(state, request, terms, now)) return [holdFor(state, request, terms, now)];
      return [{ type: 'ApplicationQueued', data: { ...request, queuedAt: now.toISOString(), system: terms.system, partition: terms.partition } }];
    }
    case 'ReleaseApplication': {
      const { applicationId, reason, terms } = command.data;
      const hold = holdOf(state, applicationId);
      if (hold) {
        const { holdId, organisationId, pool, months } = hold;
        return releaseThenPromote(state, { type: 'CapacityHoldReleased', data: { holdId, applicationId, organisationId, pool, months, reason, releasedAt: now.toISOString() } }, terms, now);
      }
      if (isQueued(state, applicationId)) return [{ type: 'ApplicationDequeued', data: { applicationId, reason, at: now.toISOString() } }];
      return [];
    }
    case 'ExpireHold': {
      const hold = state.holds[command.data.holdId];
      // Already converted or released, or moved: a deadline met is nothing to do.
      if (!hold || new Date(hold.expiresAt) > now) return [];
      const { holdId, applicationId, organisationId, pool, months } = hold;
      return releaseThenPromote(state, { type: 'CapacityHoldReleased', data: { holdId, applicationId, organisationId, pool, months, reason: 'expired', releasedAt: now.toISOString() } }, command.data.terms, now);
    }
    case 'AwardFromHold': {
      const hold = holdOf(state, command.data.applicationId);
      if (!hold) throw conflict('no-hold', `application ${command.data.applicationId} holds no capacity in this partition`);
      const awarded = award(command.data, command.data.terms, now, command.data.requestedGpuHours, hold.holdId);
      // The award may start in a later month than the hold did: it must fit once the hold is returned.
      const withoutHold = evolveLedger(state, { type: 'CapacityHoldReleased', data: { ...hold, reason: 'converted', releasedAt: now.toISOString() } });
      if (!fits(withoutHold, command.data.terms, awarded.data.pool, awarded.data.months)) throw conflict('capacity-short', 'the award no longer fits the partition');
      return [awarded];
    }
    case 'AwardAtCutOff': {
      const { terms, requestedGpuHours, durationMonths, minimumPartialFraction } = command.data;
      const full = award(command.data, terms, now, requestedGpuHours, null);
      if (fits(state, terms, full.data.pool, full.data.months)) return [full];
      // The most that fits in every month of the award, rounded down to whole GPU-hours.
      const tightest = Math.min(...Object.keys(full.data.months).map((m) => free(state, terms, full.data.pool, m)));
      const possible = Math.max(0, Math.floor(tightest) * durationMonths);
      if (possible < 1 || possible < minimumPartialFraction * requestedGpuHours) {
        throw conflict('capacity-short', `only ${possible} of ${requestedGpuHours} GPU-hours fit the partition`);
      }
      return [award(command.data, terms, now, possible, null)];
    }
    case 'ReleaseAllocation': {
      const { allocationId, reason, terms } = command.data;
      const award = state.awards[allocationId];
      // The month under way is given back whole: the allocation charges nothing more to it (ADR 29).
      const thisMonth = now.toISOString().slice(0, 7);
      const months = award ? Object.fromEntries(Object.entries(award.months).filter(([m]) => m >= thisMonth)) : {};
      if (!award || Object.keys(months).length === 0) return [];
      const released: LedgerEvent = { type: 'AllocationCapacityReleased', data: { allocationId, applicationId: award.applicationId, system: terms.system, partition: terms.partition, pool: award.pool, months, reason, releasedAt: now.toISOString() } };
      return award.pool === 'continuous' ? releaseThenPromote(state, released, terms, now) : [released];
    }
    case 'RestoreAllocation': {
      const { allocationId, terms } = command.data;
      const award = state.awards[allocationId];
      if (!award) return [];
      const thisMonth = now.toISOString().slice(0, 7);
      const months: MonthAmounts = {};
      for (const [month, amount] of Object.entries(award.awarded)) {
        if (month < thisMonth || month in award.months) continue;
        // Never below zero: what others took meanwhile stays theirs.
        const fitting = Math.min(amount, Math.max(0, free(state, terms, award.pool, month)));
        if (fitting > 0) months[month] = fitting;
      }
      if (Object.keys(months).length === 0) return [];
      return [{ type: 'AllocationCapacityRestored', data: { allocationId, applicationId: award.applicationId, system: terms.system, partition: terms.partition, pool: award.pool, months, restoredAt: now.toISOString() } }];
    }
    default:
      return assertNever(command);
  }
}

export const ledgerDecider: Decider<LedgerCommand, LedgerState, LedgerEvent> = {
  initialState: initialLedgerState,
  evolve: evolveLedger,
  decide,
};
