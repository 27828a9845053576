import { newEventId, type PersonalDataKeysIn, type RecordedEvent } from '@hpc-access/eventsourcing';
import type { Projection } from '@hpc-access/eventsourcing';
import { causedByRecordedEvent } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { allocationCipher } from '../allocation-personal-data';
import type { AllocationEvent } from '../allocations/domain/allocation';
import type { MembersEvent } from '../allocations/domain/members';
import type { ConfigurationService } from '../configuration/configuration.service';
import type { AllocationConfiguration } from '../configuration/domain/configuration';
import type { UnitOfWork } from '../shared/unit-of-work';
import { siteOrdersDecider, type SiteOrderCommand } from './domain/site-orders.decide';
import { siteOrdersStreamId } from './domain/site-orders';

const SYSTEM_ACTOR = { id: 'allocation', role: 'system' };
const MINUTES_PER_HOUR = 60;

/** The site hosting a system now; every configured system has one (ADR 15). */
export function hostOf(configuration: AllocationConfiguration, system: string): string | null {
  return (configuration.sites ?? []).find((site) => site.systems.includes(system))?.id ?? null;
}

/**
 * Allocation's process manager for its sites: follows allocation's own events and issues the order
 * each calls for (award -> create-project, members -> set-members, suspension, resumption, closure;
 * a provisioning confirmed by hand completes create-project). Run as a projection: the orders and
 * the checkpoint commit in one transaction, so each event is reacted to exactly once (ADR 17).
 */
export function siteOrderReactions(deps: { units: UnitOfWork; configs: ConfigurationService; keys: PersonalDataKeysIn<Sql> }): Projection<Sql> {
  return {
    name: 'allocation.site-order-reactions',
    handles: ['AllocationOpened', 'AllocationActivated', 'AllocationSuspended', 'AllocationResumed', 'AllocationClosed', 'AllocationMembersSet'],
    async apply(tx: Sql, recorded: RecordedEvent): Promise<void> {
      const { w, context } = deps.units.caused(tx, causedByRecordedEvent(recorded, SYSTEM_ACTOR.id));
      const reaction = { cause: recorded.eventId, orderId: newEventId() };
      // The subscription hands over the stored form: members are sealed until opened here.
      const data = await allocationCipher(deps.keys(tx)).decrypt(recorded.type, recorded.data);
      const event = { type: recorded.type, data } as AllocationEvent | MembersEvent;
      let command: SiteOrderCommand;
      switch (event.type) {
        case 'AllocationOpened': {
          const { allocationId, organisationId, projectId, system, partition, gpuHours } = event.data;
          const siteId = hostOf(await deps.configs.current(w.store), system) ?? '';
          command = { type: 'OpenProjectAccount', data: { ...reaction, allocationId, organisationId, projectId, siteId, system, partition, gpuMinutes: Math.round(gpuHours * MINUTES_PER_HOUR) }, context };
          break;
        }
        case 'AllocationActivated':
          command = { type: 'ConfirmProvisionedByHand', data: { cause: reaction.cause }, context };
          break;
        case 'AllocationSuspended':
          command = { type: 'SuspendProject', data: reaction, context };
          break;
        case 'AllocationResumed':
          command = { type: 'ResumeProject', data: reaction, context };
          break;
        case 'AllocationClosed':
          command = { type: 'CloseProject', data: reaction, context };
          break;
        case 'AllocationMembersSet':
          command = { type: 'ChangeMembers', data: { ...reaction, members: event.data.members }, context };
          break;
        default:
          return;
      }
      await w.exec(siteOrdersDecider, siteOrdersStreamId(event.data.allocationId), command);
    },
  };
}
