import { assertNever, conflict, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import type { DeliveryOutcome } from '../shared/delivery-channel';

/**
 * Whom a delivery goes to: a subscriber by user id (the address is sealed in their own stream and
 * opened only at send time, so nothing here is personal), or a webhook endpoint by id.
 */
export type DeliveryTarget = { channel: 'email'; userId: string } | { channel: 'webhook'; endpointId: string };

export const targetKey = (target: DeliveryTarget): string => (target.channel === 'email' ? target.userId : target.endpointId);

// ---- events ----
export type DeliveryScheduled = { type: 'DeliveryScheduled'; data: { deliveryId: string; notificationId: string; target: DeliveryTarget; scheduledAt: string; dueAt: string } };
export type DeliveryAttempted = {
  type: 'DeliveryAttempted';
  data: { deliveryId: string; attempt: number; outcome: DeliveryOutcome['outcome']; status?: number; reason?: string; attemptedAt: string; nextAttemptAt?: string };
};
export type Delivered = { type: 'Delivered'; data: { deliveryId: string; attempt: number; deliveredAt: string } };
/** Final: no attempt follows; listed for staff (GET /api/notifications/deliveries?status=failed). */
export type DeliveryFailed = { type: 'DeliveryFailed'; data: { deliveryId: string; attempts: number; reason: string; failedAt: string } };
export type DeliveryEvent = DeliveryScheduled | DeliveryAttempted | Delivered | DeliveryFailed;

// ---- state ----
export type DeliveryStatus = 'unscheduled' | 'pending' | 'delivered' | 'failed';
export interface DeliveryState {
  status: DeliveryStatus;
  deliveryId: string | null;
  notificationId: string | null;
  target: DeliveryTarget | null;
  attempts: number;
  nextAttemptAt: string | null;
}

export const initialDeliveryState = (): DeliveryState => ({ status: 'unscheduled', deliveryId: null, notificationId: null, target: null, attempts: 0, nextAttemptAt: null });

export function evolveDelivery(state: DeliveryState, event: DeliveryEvent): DeliveryState {
  switch (event.type) {
    case 'DeliveryScheduled':
      return { ...state, status: 'pending', deliveryId: event.data.deliveryId, notificationId: event.data.notificationId, target: event.data.target, nextAttemptAt: event.data.dueAt };
    case 'DeliveryAttempted':
      return { ...state, attempts: event.data.attempt, nextAttemptAt: event.data.nextAttemptAt ?? null };
    case 'Delivered':
      return { ...state, status: 'delivered', nextAttemptAt: null };
    case 'DeliveryFailed':
      return { ...state, status: 'failed', nextAttemptAt: null };
    default:
      return assertNever(event);
  }
}

// ---- commands ----
export type ScheduleDelivery = { type: 'ScheduleDelivery'; deliveryId: string; notificationId: string; target: DeliveryTarget; context: CommandContext };
/**
 * The outcome of one send. `backoffMs[i]` is the wait before attempt i + 1 (the first is usually
 * 0); its length is the number of attempts before the delivery is marked failed.
 */
export type RecordDeliveryAttempt = { type: 'RecordDeliveryAttempt'; attempt: number; outcome: DeliveryOutcome; backoffMs: readonly number[]; context: CommandContext };
export type DeliveryCommand = ScheduleDelivery | RecordDeliveryAttempt;

export function decideDelivery(command: DeliveryCommand, state: DeliveryState): DeliveryEvent[] {
  switch (command.type) {
    case 'ScheduleDelivery': {
      if (state.status !== 'unscheduled') return [];
      const now = command.context.now.toISOString();
      return [{ type: 'DeliveryScheduled', data: { deliveryId: command.deliveryId, notificationId: command.notificationId, target: command.target, scheduledAt: now, dueAt: now } }];
    }
    case 'RecordDeliveryAttempt':
      return decideAttempt(command, state);
    default:
      return assertNever(command);
  }
}

function decideAttempt(command: RecordDeliveryAttempt, state: DeliveryState): DeliveryEvent[] {
  if (state.status !== 'pending' || !state.deliveryId) throw conflict('delivery-not-pending', `delivery is ${state.status}`);
  // Another dispatcher recorded this attempt first: the send was repeated with the same id, nothing more.
  if (command.attempt !== state.attempts + 1) throw conflict('attempt-already-recorded', `attempt ${command.attempt} is not the next (${state.attempts + 1})`);
  const { outcome } = command;
  const now = command.context.now;
  const deliveryId = state.deliveryId;
  const attempt = command.attempt;
  const base = { deliveryId, attempt, outcome: outcome.outcome, ...(outcome.status !== undefined ? { status: outcome.status } : {}), attemptedAt: now.toISOString() };
  if (outcome.outcome === 'delivered') {
    return [
      { type: 'DeliveryAttempted', data: { ...base, ...(outcome.detail ? { reason: outcome.detail } : {}) } },
      { type: 'Delivered', data: { deliveryId, attempt, deliveredAt: now.toISOString() } },
    ];
  }
  const last = outcome.outcome === 'rejected' || attempt >= command.backoffMs.length;
  if (last) {
    const reason = outcome.outcome === 'rejected' ? outcome.reason : `${outcome.reason} (after ${attempt} attempts)`;
    return [
      { type: 'DeliveryAttempted', data: { ...base, reason: outcome.reason } },
      { type: 'DeliveryFailed', data: { deliveryId, attempts: attempt, reason, failedAt: now.toISOString() } },
    ];
  }
  const nextAttemptAt = new Date(now.getTime() + waitBeforeNext(command.backoffMs, attempt, outcome.retryAfterMs)).toISOString();
  return [{ type: 'DeliveryAttempted', data: { ...base, reason: outcome.reason, nextAttemptAt } }];
}

/**
 * The schedule's wait, or longer when the receiver asked for it (Retry-After), but never longer
 * than the schedule's longest step: a receiver cannot hold a delivery back for days, and the
 * attempt still counts towards the last.
 */
function waitBeforeNext(backoffMs: readonly number[], attempt: number, retryAfterMs: number | undefined): number {
  const scheduled = backoffMs[attempt];
  if (retryAfterMs === undefined) return scheduled;
  return Math.max(scheduled, Math.min(retryAfterMs, Math.max(...backoffMs)));
}

export const deliveryDecider: Decider<DeliveryCommand, DeliveryState, DeliveryEvent> = {
  initialState: initialDeliveryState,
  evolve: evolveDelivery,
  decide: decideDelivery,
};

/** Standard Webhooks' retry schedule: at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (8 attempts). */
export const DEFAULT_BACKOFF_MS: readonly number[] = [0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];
