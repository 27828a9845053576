import { AccountingEvents } from '../accounting';
import { AllocationEvents } from '../allocation';
import { EthicsEvents } from '../ethics';
import { GovernanceEvents } from '../governance';
import { IntakeEvents } from '../intake';
import type { BoundedContext } from '../naming';

/** The service that publishes each context's topic (its relay). */
export const PUBLISHER_OF: Readonly<Record<BoundedContext, string>> = {
  intake: 'intake',
  'ethics-review': 'ethics-review',
  allocation: 'allocation',
  accounting: 'accounting',
  governance: 'governance-pledges',
};

/** One consumer group: the service it runs in, and the event types it handles. */
export interface Subscription {
  readonly service: string;
  readonly group: string;
  readonly types: readonly string[];
}

/**
 * Who receives what. The registry knows publishers but not consumers, which wire their handlers
 * in each service's runtime; this list says it for the document, and subscriptions.unit.spec.ts
 * reads the services' sources so it cannot drift from them.
 */
export const SUBSCRIPTIONS: readonly Subscription[] = [
  {
    service: 'intake',
    group: 'intake.pledges',
    types: [
      GovernanceEvents.PledgeSigned.type,
      GovernanceEvents.PledgeWithdrawn.type,
      GovernanceEvents.PledgeSignatureLapsed.type,
      GovernanceEvents.PledgeBreached.type,
      GovernanceEvents.BreachRemedied.type,
      GovernanceEvents.AllocationsSuspensionRequested.type,
      GovernanceEvents.AllocationsResumptionRequested.type,
    ],
  },
  {
    service: 'intake',
    group: 'intake.ethics-outcomes',
    types: [EthicsEvents.EthicsInformationRequested.type, EthicsEvents.EthicsDecided.type],
  },
  {
    service: 'intake',
    group: 'intake.dossier-readers',
    types: [EthicsEvents.ReviewerDeclaredNoConflict.type, EthicsEvents.ReviewerAssignmentEnded.type],
  },
  {
    service: 'intake',
    group: 'intake.allocation-outcomes',
    types: [
      AllocationEvents.AllocationAwarded.type,
      AllocationEvents.ApplicationNotFunded.type,
      AllocationEvents.OrganisationBarred.type,
      AllocationEvents.OrganisationBarLifted.type,
    ],
  },
  {
    service: 'ethics-review',
    group: 'ethics-review.intake',
    types: [IntakeEvents.ApplicationScreened.type, IntakeEvents.ApplicationInformationProvided.type, IntakeEvents.ApplicationWithdrawn.type],
  },
  {
    service: 'allocation',
    group: 'allocation.applications',
    types: [
      IntakeEvents.ApplicationSubmitted.type,
      IntakeEvents.ApplicationScreened.type,
      IntakeEvents.ApplicationInformationProvided.type,
      IntakeEvents.ApplicationWithdrawn.type,
    ],
  },
  {
    service: 'allocation',
    group: 'allocation.ethics',
    types: [EthicsEvents.EthicsInformationRequested.type, EthicsEvents.EthicsDecided.type],
  },
  { service: 'allocation', group: 'allocation.overuse', types: [AccountingEvents.OveruseDetected.type] },
  {
    service: 'allocation',
    group: 'allocation.suspensions',
    types: [GovernanceEvents.AllocationsSuspensionRequested.type, GovernanceEvents.AllocationsResumptionRequested.type],
  },
  {
    service: 'accounting',
    group: 'accounting.allocations',
    types: [
      AllocationEvents.HostingSitesChanged.type,
      AllocationEvents.AllocationActivated.type,
      AllocationEvents.AllocationSuspended.type,
      AllocationEvents.AllocationResumed.type,
      AllocationEvents.AllocationClosed.type,
    ],
  },
  { service: 'governance-pledges', group: 'governance.organisations', types: [IntakeEvents.OrganisationRegistered.type] },
  { service: 'governance-pledges', group: 'governance.obligations', types: [EthicsEvents.EthicsDecided.type] },
  { service: 'governance-pledges', group: 'governance.usage-totals', types: [AccountingEvents.AllocationUsageTotals.type] },
  {
    service: 'notifications',
    group: 'notifications.intake',
    types: [IntakeEvents.ApplicationScreened.type],
  },
  {
    service: 'notifications',
    group: 'notifications.ethics-review',
    types: [EthicsEvents.EthicsInformationRequested.type, EthicsEvents.EthicsDecided.type, EthicsEvents.ReviewerAssigned.type],
  },
  {
    service: 'notifications',
    group: 'notifications.allocation',
    types: [
      AllocationEvents.AllocationAwarded.type,
      AllocationEvents.ApplicationNotFunded.type,
      AllocationEvents.AllocationActivated.type,
      AllocationEvents.AllocationSuspended.type,
      AllocationEvents.AllocationResumed.type,
      AllocationEvents.AllocationClosed.type,
      AllocationEvents.OrganisationBarred.type,
      AllocationEvents.CutOffPassed.type,
      AllocationEvents.HostingSitesChanged.type,
    ],
  },
  {
    service: 'notifications',
    group: 'notifications.accounting',
    types: [AccountingEvents.UsageThresholdReached.type, AccountingEvents.MonthlyQuotaExceeded.type],
  },
  {
    service: 'notifications',
    group: 'notifications.governance',
    types: [GovernanceEvents.AttestationDueSoon.type, GovernanceEvents.AttestationOverdue.type],
  },
];
