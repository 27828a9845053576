import { AccountingEvents, type EventOf } from '@hpc-access/contracts';
import type { NotificationContent } from '../shared/notification';
import { applicantsOf, raise, screens, staff } from './notify';

type Threshold = EventOf<typeof AccountingEvents.UsageThresholdReached>;

/** 75, 90 and 100 % of the awarded hours: the applicant plans the rest, the accounting officer watches. */
export function onUsageThresholdReached(event: Threshold): NotificationContent[] {
  const { allocationId, organisationId, thresholdPercent, chargedGpuHours, awardedGpuHours } = event.data;
  const subject = { type: 'allocation', id: allocationId };
  const facts = { allocationId, thresholdPercent, chargedGpuHours, awardedGpuHours };
  return raise(event, [
    { kind: 'usage-threshold', audience: applicantsOf(organisationId), subject, facts, link: screens.applicantAllocation(allocationId) },
    { kind: 'usage-threshold', audience: staff('accounting-officer'), subject, facts, link: screens.accountingAllocation(allocationId) },
  ]);
}
