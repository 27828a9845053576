import { dlqTopicFor, integrationEventType, topicFor } from './naming';
import { GovernanceEvents } from './governance';
import { IntakeEvents } from './intake';
import { integrationEventRegistry } from './registry';

describe('integration event and topic names', () => {
  it('names a topic per context and major version, with its dead-letter sibling', () => {
    expect(topicFor('intake')).toBe('hpc-access.intake.v1');
    expect(topicFor('ethics-review', 2)).toBe('hpc-access.ethics-review.v2');
    expect(dlqTopicFor(topicFor('governance'))).toBe('hpc-access.governance.v1.dlq');
  });

  it('spells event types as platform.context.PascalCaseName.vN', () => {
    expect(GovernanceEvents.PledgeSigned.type).toBe('hpc-access.governance.PledgeSigned.v1');
    expect(IntakeEvents.ApplicationScreened.type).toBe('hpc-access.intake.ApplicationScreened.v1');
  });

  it('refuses another casing or a version that is not a positive integer', () => {
    expect(() => integrationEventType('intake', 'applicationSubmitted', 1)).toThrow(/PascalCase/);
    expect(() => integrationEventType('intake', 'Application.Submitted', 1)).toThrow(/PascalCase/);
    expect(() => integrationEventType('intake', 'ApplicationSubmitted', 0)).toThrow(/version/);
    expect(() => topicFor('intake', 1.5)).toThrow(/version/);
  });

  it('registers every contract under its own type', () => {
    expect([...integrationEventRegistry.keys()].sort()).toEqual([
      'hpc-access.accounting.AllocationUsageTotals.v1',
      'hpc-access.accounting.MonthlyQuotaExceeded.v1',
      'hpc-access.accounting.OveruseDetected.v1',
      'hpc-access.accounting.UnderuseFlagged.v1',
      'hpc-access.accounting.UsageThresholdReached.v1',
      'hpc-access.allocation.AllocationActivated.v1',
      'hpc-access.allocation.AllocationAwarded.v1',
      'hpc-access.allocation.AllocationClosed.v1',
      'hpc-access.allocation.AllocationResumed.v1',
      'hpc-access.allocation.AllocationSuspended.v1',
      'hpc-access.allocation.ApplicationNotFunded.v1',
      'hpc-access.allocation.CapacityHoldPlaced.v1',
      'hpc-access.allocation.CapacityHoldReleased.v1',
      'hpc-access.allocation.CutOffPassed.v1',
      'hpc-access.allocation.FinalReportSubmitted.v1',
      'hpc-access.allocation.HostingSitesChanged.v1',
      'hpc-access.allocation.OrganisationBarLifted.v1',
      'hpc-access.allocation.OrganisationBarred.v1',
      'hpc-access.allocation.TechnicalAssessmentCompleted.v1',
      'hpc-access.ethics-review.EthicsCaseOpened.v1',
      'hpc-access.ethics-review.EthicsDecided.v1',
      'hpc-access.ethics-review.EthicsInformationRequested.v1',
      'hpc-access.ethics-review.ReviewerAssigned.v1',
      'hpc-access.ethics-review.ReviewerAssignmentEnded.v1',
      'hpc-access.ethics-review.ReviewerDeclaredNoConflict.v1',
      'hpc-access.governance.AllocationsResumptionRequested.v1',
      'hpc-access.governance.AllocationsSuspensionRequested.v1',
      'hpc-access.governance.AttestationDueSoon.v1',
      'hpc-access.governance.AttestationOverdue.v1',
      'hpc-access.governance.BreachRemedied.v1',
      'hpc-access.governance.ObligationFulfilled.v1',
      'hpc-access.governance.PledgeBreached.v1',
      'hpc-access.governance.PledgeSignatureLapsed.v1',
      'hpc-access.governance.PledgeSigned.v1',
      'hpc-access.governance.PledgeVersionPublished.v1',
      'hpc-access.governance.PledgeWithdrawn.v1',
      'hpc-access.intake.ApplicationInformationProvided.v1',
      'hpc-access.intake.ApplicationScreened.v1',
      'hpc-access.intake.ApplicationSubmitted.v1',
      'hpc-access.intake.ApplicationWithdrawn.v1',
      'hpc-access.intake.OrganisationRegistered.v1',
    ]);
  });
});
