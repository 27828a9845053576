import type { AccessMode } from '@hpc-access/contracts';
import type { CapacityPool } from '../../configuration/domain/configuration';

/**
 * The capacity ledger of one GPU partition: what is held and awarded per pool and month, the
 * holds themselves and the first-come-first-served queue. One stream per partition, so every
 * reservation in a partition is decided against the revision it read: two concurrent awards can
 * never both take the last GPU-hours.
 */
export type MonthAmounts = Record<string, number>;

export interface Request {
  applicationId: string;
  organisationId: string;
  mode: AccessMode;
  gpuHours: number;
  durationMonths: number;
  /** Requested start, an ISO date. */
  start: string;
}

export interface Hold extends Request {
  holdId: string;
  pool: CapacityPool;
  months: MonthAmounts;
  expiresAt: string;
}

export interface QueueEntry extends Request {
  queuedAt: string;
}

export interface AwardFields {
  allocationId: string;
  applicationId: string;
  organisationId: string;
  projectId: string;
  mode: AccessMode;
  system: string;
  partition: string;
  gpuHours: number;
  requestedGpuHours: number;
  monthlyQuotaGpuHours: number;
  start: string;
  end: string;
  partial: boolean;
  holdId: string | null;
  pool: CapacityPool;
  months: MonthAmounts;
  awardedAt: string;
}

export type LedgerEvent =
  | { type: 'CapacityHoldPlaced'; data: Hold & { system: string; partition: string; placedAt: string } }
  | { type: 'ApplicationQueued'; data: QueueEntry & { system: string; partition: string } }
  | { type: 'ApplicationDequeued'; data: { applicationId: string; reason: string; at: string } }
  | { type: 'CapacityHoldReleased'; data: { holdId: string; applicationId: string; organisationId: string; pool: CapacityPool; months: MonthAmounts; reason: string; releasedAt: string } }
  | { type: 'AllocationAwarded'; data: AwardFields }
  /** An allocation gave back its months from `months`' first on (closed early, revoked, or suspended past what the configuration keeps). */
  | { type: 'AllocationCapacityReleased'; data: { allocationId: string; applicationId: string; system: string; partition: string; pool: CapacityPool; months: MonthAmounts; reason: string; releasedAt: string } }
  /** A resumed allocation takes back what still fits of what its suspension gave away. */
  | { type: 'AllocationCapacityRestored'; data: { allocationId: string; applicationId: string; system: string; partition: string; pool: CapacityPool; months: MonthAmounts; restoredAt: string } };

/** What an award still reserves in the ledger, per month. */
export interface AwardReservation {
  applicationId: string;
  pool: CapacityPool;
  months: MonthAmounts;
  /** What the award took at first: a restoration never takes more. */
  awarded: MonthAmounts;
}

export interface LedgerState {
  /** `${pool}:${YYYY-MM}` -> GPU-hours held or awarded. */
  reserved: Record<string, number>;
  holds: Record<string, Hold>;
  queue: QueueEntry[];
  holdsPlaced: number;
  /** Per allocation, what it reserves; absent in states folded before awards were kept apart (then empty). */
  awards: Record<string, AwardReservation>;
}

export const ledgerStreamId = (system: string, partition: string): string => `allocation-capacity-${system}.${partition}`;

export const initialLedgerState = (): LedgerState => ({ reserved: {}, holds: {}, queue: [], holdsPlaced: 0, awards: {} });

function move(reserved: Record<string, number>, pool: CapacityPool, months: MonthAmounts, sign: 1 | -1): Record<string, number> {
  const next = { ...reserved };
  for (const [month, amount] of Object.entries(months)) {
    const key = `${pool}:${month}`;
    next[key] = (next[key] ?? 0) + sign * amount;
  }
  return next;
}

export function evolveLedger(state: LedgerState, event: LedgerEvent): LedgerState {
  switch (event.type) {
    case 'CapacityHoldPlaced': {
      const { system: _s, partition: _p, placedAt: _at, ...hold } = event.data;
      return {
        ...state,
        reserved: move(state.reserved, hold.pool, hold.months, 1),
        holds: { ...state.holds, [hold.holdId]: hold },
        queue: state.queue.filter((q) => q.applicationId !== hold.applicationId),
        holdsPlaced: state.holdsPlaced + 1,
      };
    }
    case 'ApplicationQueued': {
      const { system: _s, partition: _p, ...entry } = event.data;
      return { ...state, queue: [...state.queue, entry] };
    }
    case 'ApplicationDequeued':
      return { ...state, queue: state.queue.filter((q) => q.applicationId !== event.data.applicationId) };
    case 'CapacityHoldReleased': {
      const { [event.data.holdId]: _released, ...holds } = state.holds;
      return { ...state, reserved: move(state.reserved, event.data.pool, event.data.months, -1), holds };
    }
    case 'AllocationAwarded': {
      const { holdId, pool, months } = event.data;
      let reserved = state.reserved;
      let holds = state.holds;
      if (holdId && holds[holdId]) {
        reserved = move(reserved, holds[holdId].pool, holds[holdId].months, -1);
        const { [holdId]: _converted, ...rest } = holds;
        holds = rest;
      }
      const awards = { ...state.awards, [event.data.allocationId]: { applicationId: event.data.applicationId, pool, months, awarded: months } };
      return { ...state, reserved: move(reserved, pool, months, 1), holds, awards };
    }
    case 'AllocationCapacityReleased': {
      const award = state.awards[event.data.allocationId];
      const left = award ? Object.fromEntries(Object.entries(award.months).filter(([m]) => !(m in event.data.months))) : {};
      const awards = award ? { ...state.awards, [event.data.allocationId]: { ...award, months: left } } : state.awards;
      return { ...state, reserved: move(state.reserved, event.data.pool, event.data.months, -1), awards };
    }
    case 'AllocationCapacityRestored': {
      const award = state.awards[event.data.allocationId];
      const awards = award ? { ...state.awards, [event.data.allocationId]: { ...award, months: { ...award.months, ...event.data.months } } } : state.awards;
      return { ...state, reserved: move(state.reserved, event.data.pool, event.data.months, 1), awards };
    }
  }
}

export const holdOf = (state: LedgerState, applicationId: string): Hold | undefined =>
  Object.values(state.holds).find((h) => h.applicationId === applicationId);

export const isQueued = (state: LedgerState, applicationId: string): boolean => state.queue.some((q) => q.applicationId === applicationId);
