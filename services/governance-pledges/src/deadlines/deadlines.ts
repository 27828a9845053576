import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { ScheduledCommand } from '@hpc-access/scheduler';
import type { PledgeCatalogEvent } from '../pledge-versions/domain/pledge-catalog';
import type { OrganisationPledgeEvent } from '../organisations/domain/organisation-pledge';

/** Who acts when a deadline of governance fires (the slices' deadline handlers). */
export const SCHEDULER_ACTOR_ID = 'governance-scheduler';

export const DEADLINE_TYPES = {
  attestationDue: 'MarkAttestationOverdue',
  attestationBreach: 'BreachOverdueAttestation',
  obligationDue: 'MarkObligationOverdue',
  obligationBreach: 'BreachOverdueObligation',
  resignBy: 'LapseOutdatedSignatures',
} as const;

/**
 * The deadline an event starts, if any. Scheduled in the transaction that appends the event, so
 * a deadline exists exactly when its event does. Keys name one deadline each: one that fired
 * stays fired, a new period gets a new key.
 */
export function deadlineOf(recorded: RecordedEvent): ScheduledCommand | null {
  const event = { type: recorded.type, data: recorded.data } as OrganisationPledgeEvent | PledgeCatalogEvent;
  switch (event.type) {
    case 'PledgeSigned':
    case 'AttestationSubmitted': {
      const dueAt = event.type === 'PledgeSigned' ? event.data.attestationDueAt : event.data.nextDueAt;
      if (!dueAt) return null;
      const { organisationId } = event.data;
      return { key: `attestation-due:${organisationId}:${dueAt}`, type: DEADLINE_TYPES.attestationDue, dueAt: new Date(dueAt), payload: { organisationId, dueAt } };
    }
    case 'AttestationOverdue': {
      const { organisationId, dueAt, breachAt } = event.data;
      return { key: `attestation-breach:${organisationId}:${dueAt}`, type: DEADLINE_TYPES.attestationBreach, dueAt: new Date(breachAt), payload: { organisationId, dueAt } };
    }
    case 'ObligationRecorded': {
      const { organisationId, obligationId, dueAt } = event.data;
      return { key: `obligation-due:${organisationId}:${obligationId}`, type: DEADLINE_TYPES.obligationDue, dueAt: new Date(dueAt), payload: { organisationId, obligationId } };
    }
    case 'ObligationOverdue': {
      const { organisationId, obligationId, breachAt } = event.data;
      return { key: `obligation-breach:${organisationId}:${obligationId}`, type: DEADLINE_TYPES.obligationBreach, dueAt: new Date(breachAt), payload: { organisationId, obligationId } };
    }
    case 'PledgeVersionPublished':
      if (event.data.pledgeVersion === 1) return null;
      return { key: `resign-by:${event.data.pledgeVersion}`, type: DEADLINE_TYPES.resignBy, dueAt: new Date(event.data.resignBy), payload: { pledgeVersion: event.data.pledgeVersion } };
    default:
      return null;
  }
}
