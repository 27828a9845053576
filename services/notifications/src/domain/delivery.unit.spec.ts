import { fold, type CommandContext } from '@hpc-access/eventsourcing';
import { deciderSpec } from '@hpc-access/testing';
import type { DeliveryOutcome } from '../shared/delivery-channel';
import { deliveryDecider, type DeliveryCommand, type DeliveryEvent, type DeliveryTarget } from './delivery';

const at = (iso: string): CommandContext => ({ now: new Date(iso), actor: { id: 'notifications.dispatcher', role: 'system' } });
const target: DeliveryTarget = { channel: 'webhook', endpointId: 'ep-1' };
const scheduled: DeliveryEvent = { type: 'DeliveryScheduled', data: { deliveryId: 'd-1', notificationId: 'n-1', target, scheduledAt: '2026-11-02T09:00:00.000Z', dueAt: '2026-11-02T09:00:00.000Z' } };
const backoffMs = [0, 1_000, 5_000];
const attempt = (n: number, outcome: DeliveryOutcome, iso = '2026-11-02T09:00:00.000Z') => ({ type: 'RecordDeliveryAttempt' as const, attempt: n, outcome, backoffMs, context: at(iso) });
const retry: DeliveryOutcome = { outcome: 'retry', status: 503, reason: 'HTTP 503' };
const spec = deciderSpec(deliveryDecider);
/** The history after deciding each command in turn on what came before. */
const run = (history: DeliveryEvent[], ...commands: DeliveryCommand[]): DeliveryEvent[] =>
  commands.reduce((events, command) => [...events, ...deliveryDecider.decide(command, fold(deliveryDecider, events))], history);

describe('a delivery is scheduled once', () => {
  it('scheduled for now, pending', () => {
    spec.given([]).when({ type: 'ScheduleDelivery', deliveryId: 'd-1', notificationId: 'n-1', target, context: at('2026-11-02T09:00:00.000Z') }).then([scheduled]);
  });

  it('scheduling it again changes nothing', () => {
    spec.given([scheduled]).when({ type: 'ScheduleDelivery', deliveryId: 'd-1', notificationId: 'n-1', target, context: at('2026-11-02T10:00:00.000Z') }).then([]);
  });
});

describe('attempts, backoff and the end of a delivery', () => {
  it('a delivered attempt ends it as delivered', () => {
    spec.given([scheduled]).when(attempt(1, { outcome: 'delivered', status: 204 })).then([
      { type: 'DeliveryAttempted', data: { deliveryId: 'd-1', attempt: 1, outcome: 'delivered', status: 204, attemptedAt: '2026-11-02T09:00:00.000Z' } },
      { type: 'Delivered', data: { deliveryId: 'd-1', attempt: 1, deliveredAt: '2026-11-02T09:00:00.000Z' } },
    ]);
  });

  it('a transient failure is retried after the next wait of the schedule', () => {
    spec.given([scheduled]).when(attempt(1, retry)).then([
      { type: 'DeliveryAttempted', data: { deliveryId: 'd-1', attempt: 1, outcome: 'retry', status: 503, reason: 'HTTP 503', attemptedAt: '2026-11-02T09:00:00.000Z', nextAttemptAt: '2026-11-02T09:00:01.000Z' } },
    ]);
  });

  it('the last attempt of the schedule failing marks the delivery failed with the reason', () => {
    const history = run([scheduled], attempt(1, retry), attempt(2, retry, '2026-11-02T09:00:01.000Z'));
    spec.given(history).when(attempt(3, retry, '2026-11-02T09:00:06.000Z')).then([
      { type: 'DeliveryAttempted', data: { deliveryId: 'd-1', attempt: 3, outcome: 'retry', status: 503, reason: 'HTTP 503', attemptedAt: '2026-11-02T09:00:06.000Z' } },
      { type: 'DeliveryFailed', data: { deliveryId: 'd-1', attempts: 3, reason: 'HTTP 503 (after 3 attempts)', failedAt: '2026-11-02T09:00:06.000Z' } },
    ]);
  });

  it('each retry waits the next step of the schedule', () => {
    spec.given([scheduled]).when(attempt(1, retry)).thenState({ status: 'pending', attempts: 1, nextAttemptAt: '2026-11-02T09:00:01.000Z' });
    spec.given(run([scheduled], attempt(1, retry))).when(attempt(2, retry, '2026-11-02T09:00:01.000Z')).thenState({ status: 'pending', attempts: 2, nextAttemptAt: '2026-11-02T09:00:06.000Z' });
  });

  it('a receiver asking for a longer wait (Retry-After) gets it, never less than the schedule, never more than its longest step', () => {
    const asked = (retryAfterMs: number): DeliveryOutcome => ({ ...retry, retryAfterMs });
    spec.given([scheduled]).when(attempt(1, asked(3_000))).thenState({ nextAttemptAt: '2026-11-02T09:00:03.000Z' });
    spec.given([scheduled]).when(attempt(1, asked(200))).thenState({ nextAttemptAt: '2026-11-02T09:00:01.000Z' });
    spec.given([scheduled]).when(attempt(1, asked(86_400_000))).thenState({ nextAttemptAt: '2026-11-02T09:00:05.000Z' });
  });

  it('a permanent refusal fails at once, without retry', () => {
    spec.given([scheduled]).when(attempt(1, { outcome: 'rejected', status: 410, reason: 'HTTP 410' })).then([
      { type: 'DeliveryAttempted', data: { deliveryId: 'd-1', attempt: 1, outcome: 'rejected', status: 410, reason: 'HTTP 410', attemptedAt: '2026-11-02T09:00:00.000Z' } },
      { type: 'DeliveryFailed', data: { deliveryId: 'd-1', attempts: 1, reason: 'HTTP 410', failedAt: '2026-11-02T09:00:00.000Z' } },
    ]);
  });

  it('an attempt recorded already (another dispatcher, a restart) is refused: it is not the next', () => {
    spec.given(run([scheduled], attempt(1, retry))).when(attempt(1, retry)).thenThrows('attempt-already-recorded', { kind: 'conflict' });
  });

  it('a delivered delivery takes no further attempt', () => {
    spec.given(run([scheduled], attempt(1, { outcome: 'delivered' }))).when(attempt(2, retry)).thenThrows('delivery-not-pending');
  });
});
