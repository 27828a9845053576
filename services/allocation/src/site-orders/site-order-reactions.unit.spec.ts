import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { Cause } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import type { ConfigurationService } from '../configuration/configuration.service';
import type { UnitOfWork } from '../shared/unit-of-work';
import { siteOrderReactions } from './site-order-reactions';

// "Now" in a reaction is the triggering event's time in every service (ADR 27), never the clock:
// an order issued late (the projection behind, or rebuilt) says when its cause happened.
describe('site order reactions', () => {
  it('issue the order at the time the triggering event was recorded, not when the reaction runs', async () => {
    const causes: Cause[] = [];
    const commands: Array<{ type: string; context: { now: Date } }> = [];
    const units = {
      caused: (_tx: Sql, cause: Cause) => {
        causes.push(cause);
        return { w: { exec: async (_d: unknown, _s: string, command: { type: string; context: { now: Date } }) => { commands.push(command); } }, context: { now: cause.now, actor: cause.actor } };
      },
    } as unknown as UnitOfWork;
    const reactions = siteOrderReactions({ units, configs: {} as ConfigurationService, keys: () => ({}) as never });
    const recordedAt = new Date('2026-11-20T09:30:00.000Z');
    const recorded = {
      eventId: '0190a0b0-0000-7000-8000-000000000001', type: 'AllocationSuspended', streamId: 'allocation-a1', streamPosition: 3, globalPosition: 10n, recordedAt,
      data: { allocationId: 'a1', organisationId: 'org-1', reason: 'overuse', suspendedBy: 'accounting', suspendedAt: recordedAt.toISOString() },
      metadata: { correlationId: 'corr-1', causationId: null, actor: { id: 'allocation', role: 'system' }, schemaVersion: 1 }, hash: 'h', prevHash: null,
    } as unknown as RecordedEvent;
    await reactions.apply({} as Sql, recorded);
    expect(causes).toEqual([{ now: recordedAt, actor: { id: 'allocation', role: 'system' }, correlationId: 'corr-1', causationId: recorded.eventId }]);
    expect(commands.map((c) => [c.type, c.context.now.toISOString()])).toEqual([['SuspendProject', '2026-11-20T09:30:00.000Z']]);
  });
});
