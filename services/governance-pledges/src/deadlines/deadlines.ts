import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { ScheduledCommand } from '@hpc-access/scheduler';
import type { PledgeCatalogEvent } from '../pledge-versions/domain/pledge-catalog';
import type { OrganisationPledgeEvent } from '../organisations/domain/organisation-pledge';

/** Who acts when a deadline of governance fires (the slices' deadline handlers). */
export const SCHEDULER_ACTOR_ID = 'governance-scheduler';

export const DEADLINE_TYPES = {
  attestationReminder: 'RemindAttestationDue',
  attestationDue: 'MarkAttestationOverdue',
  attestationBreach: 'BreachOverdueAttestation',
  obligationDue: 'MarkObligationOverdue',
  obligationBreach: 'BreachOverdueObligation',
  resignBy: 'LapseOutdatedSignatures',
} as const;

/**
 * The deadlines an event starts. Scheduled in the transaction that appends the event, so a
 * deadline exists exactly when its event does. Keys name one deadline each: one that fired
 * stays fired, a new period gets a new key.
 */
export function deadlinesOf(recorded: RecordedEvent): ScheduledCommand[] {
  const event = { type: recorded.type, data: recorded.data } as OrganisationPledgeEvent | PledgeCatalogEvent;
  if (event.type !== 'PledgeSigned' && event.type !== 'AttestationSubmitted') {
    const deadline = singleDeadlineOf(event);
    return deadline ? [deadline] : [];
  }
  // A new attestation period: its due date, and the reminder before it when there is one.
  const [dueAt, remindAt] = event.type === 'PledgeSigned' ? [event.data.attestationDueAt, event.data.attestationRemindAt] : [event.data.nextDueAt, event.data.nextRemindAt];
  if (!dueAt) return [];
  const { organisationId } = event.data;
  const payload = { organisationId, dueAt };
  const due: ScheduledCommand = { key: `attestation-due:${organisationId}:${dueAt}`, type: DEADLINE_TYPES.attestationDue, dueAt: new Date(dueAt), payload };
  if (!remindAt) return [due];
  return [{ key: `attestation-reminder:${organisationId}:${dueAt}`, type: DEADLINE_TYPES.attestationReminder, dueAt: new Date(remindAt), payload }, due];
}

function singleDeadlineOf(event: OrganisationPledgeEvent | PledgeCatalogEvent): ScheduledCommand | null {
  switch (event.type) {
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
