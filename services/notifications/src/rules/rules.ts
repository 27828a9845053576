import { AccountingEvents, AllocationEvents, EthicsEvents, GovernanceEvents, IntakeEvents, type BoundedContext, type KnownIntegrationEvent, type KnownIntegrationEventType } from '@hpc-access/contracts';
import type { NotificationContent } from '../shared/notification';
import { onUsageThresholdReached } from './accounting.rules';
import { onAllocationActivated, onAllocationAwarded, onAllocationClosed, onAllocationResumed, onAllocationSuspended, onApplicationNotFunded, onOrganisationBarred } from './allocation.rules';
import { onApplicationScreened, onEthicsDecided, onEthicsInformationRequested } from './intake-ethics.rules';
import { onAttestationDueSoon, onAttestationOverdue, onCutOffPassed, onMonthlyQuotaExceeded, onReviewerAssigned } from './new-contracts.rules';
import type { RuleFacts } from './notify';

type Rule<T extends KnownIntegrationEventType> = (event: Extract<KnownIntegrationEvent, { type: T }>, facts: RuleFacts) => NotificationContent[];
export type Rules = { [T in KnownIntegrationEventType]?: Rule<T> };

/** Every integration event that tells somebody something, and the rule that says whom and what. */
export const RULES: Rules = {
  [IntakeEvents.ApplicationScreened.type]: onApplicationScreened,
  [EthicsEvents.EthicsInformationRequested.type]: onEthicsInformationRequested,
  [EthicsEvents.EthicsDecided.type]: onEthicsDecided,
  [AllocationEvents.AllocationAwarded.type]: onAllocationAwarded,
  [AllocationEvents.ApplicationNotFunded.type]: onApplicationNotFunded,
  [AllocationEvents.AllocationActivated.type]: onAllocationActivated,
  [AllocationEvents.AllocationSuspended.type]: onAllocationSuspended,
  [AllocationEvents.AllocationResumed.type]: onAllocationResumed,
  [AllocationEvents.AllocationClosed.type]: onAllocationClosed,
  [AllocationEvents.OrganisationBarred.type]: onOrganisationBarred,
  // Raises nothing: the consumer records which site hosts which system, for the rules above.
  [AllocationEvents.HostingSitesChanged.type]: () => [],
  [AccountingEvents.UsageThresholdReached.type]: onUsageThresholdReached,
  [AccountingEvents.MonthlyQuotaExceeded.type]: onMonthlyQuotaExceeded,
  [AllocationEvents.CutOffPassed.type]: onCutOffPassed,
  [EthicsEvents.ReviewerAssigned.type]: onReviewerAssigned,
  [GovernanceEvents.AttestationDueSoon.type]: onAttestationDueSoon,
  [GovernanceEvents.AttestationOverdue.type]: onAttestationOverdue,
};

/** The notifications an event raises (none for an event no rule names). */
export function notificationsFor(event: KnownIntegrationEvent, facts: RuleFacts): NotificationContent[] {
  const rule = RULES[event.type] as Rule<typeof event.type> | undefined;
  return rule ? rule(event as never, facts) : [];
}

/** The contexts whose topics the rules need. */
export function contextsWithRules(): BoundedContext[] {
  const contexts = new Set<BoundedContext>();
  for (const type of Object.keys(RULES)) contexts.add(type.split('.')[1] as BoundedContext);
  return [...contexts];
}
