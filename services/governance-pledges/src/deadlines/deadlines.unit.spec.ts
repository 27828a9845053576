import type { RecordedEvent } from '@hpc-access/eventsourcing';
import { deadlinesOf } from './deadlines';

const recorded = (type: string, data: Record<string, unknown>): RecordedEvent => ({
  eventId: 'e-1', type, streamId: 's', streamPosition: 0, globalPosition: '1', transactionId: '1', recordedAt: new Date('2026-11-02T09:00:00Z'),
  data, metadata: { correlationId: 'c', causationId: null, actor: { id: 'a', role: 'r' }, schemaVersion: 1 }, hash: 'h', prevHash: null,
});

describe('the deadlines events start', () => {
  it('a first signature schedules the first attestation due date (a signature recorded before reminders existed, nothing else)', () => {
    expect(deadlinesOf(recorded('PledgeSigned', { organisationId: 'org-1', attestationDueAt: '2027-02-02T09:00:00.000Z' }))).toEqual([{
      key: 'attestation-due:org-1:2027-02-02T09:00:00.000Z', type: 'MarkAttestationOverdue', dueAt: new Date('2027-02-02T09:00:00.000Z'),
      payload: { organisationId: 'org-1', dueAt: '2027-02-02T09:00:00.000Z' },
    }]);
  });

  it('a first signature with a reminder schedules the reminder too, keyed by the due date it reminds of', () => {
    const due = '2027-02-02T09:00:00.000Z';
    expect(deadlinesOf(recorded('PledgeSigned', { organisationId: 'org-1', attestationDueAt: due, attestationRemindAt: '2027-01-19T09:00:00.000Z' }))).toEqual([
      { key: `attestation-reminder:org-1:${due}`, type: 'RemindAttestationDue', dueAt: new Date('2027-01-19T09:00:00.000Z'), payload: { organisationId: 'org-1', dueAt: due } },
      { key: `attestation-due:org-1:${due}`, type: 'MarkAttestationOverdue', dueAt: new Date(due), payload: { organisationId: 'org-1', dueAt: due } },
    ]);
    expect(deadlinesOf(recorded('PledgeSigned', { organisationId: 'org-1', attestationDueAt: due, attestationRemindAt: null })).map((d) => d.type)).toEqual(['MarkAttestationOverdue']);
  });

  it('a signature within a running schedule starts nothing', () => {
    expect(deadlinesOf(recorded('PledgeSigned', { organisationId: 'org-1', attestationDueAt: null }))).toEqual([]);
  });

  it('an attestation schedules the next period and its reminder under keys of their own', () => {
    expect(deadlinesOf(recorded('AttestationSubmitted', { organisationId: 'org-1', nextDueAt: '2027-05-02T09:00:00.000Z', nextRemindAt: '2027-04-18T09:00:00.000Z' })).map((d) => d.key))
      .toEqual(['attestation-reminder:org-1:2027-05-02T09:00:00.000Z', 'attestation-due:org-1:2027-05-02T09:00:00.000Z']);
  });

  it('an overdue attestation schedules its breach at the end of the grace period', () => {
    expect(deadlinesOf(recorded('AttestationOverdue', { organisationId: 'org-1', dueAt: 'd', breachAt: '2027-03-04T09:00:00.000Z' }))).toEqual([{
      key: 'attestation-breach:org-1:d', type: 'BreachOverdueAttestation', dueAt: new Date('2027-03-04T09:00:00.000Z'), payload: { organisationId: 'org-1', dueAt: 'd' },
    }]);
  });

  it('an obligation schedules its due date, and an overdue one its breach', () => {
    expect(deadlinesOf(recorded('ObligationRecorded', { organisationId: 'org-1', obligationId: 'c-1', dueAt: '2027-01-01T00:00:00.000Z' }))).toEqual([{
      key: 'obligation-due:org-1:c-1', type: 'MarkObligationOverdue', dueAt: new Date('2027-01-01T00:00:00.000Z'), payload: { organisationId: 'org-1', obligationId: 'c-1' },
    }]);
    expect(deadlinesOf(recorded('ObligationOverdue', { organisationId: 'org-1', obligationId: 'c-1', breachAt: '2027-01-31T00:00:00.000Z' }))).toEqual([{
      key: 'obligation-breach:org-1:c-1', type: 'BreachOverdueObligation', dueAt: new Date('2027-01-31T00:00:00.000Z'), payload: { organisationId: 'org-1', obligationId: 'c-1' },
    }]);
  });

  it('a new pledge version schedules the lapse of older signatures; the seeded first one does not', () => {
    expect(deadlinesOf(recorded('PledgeVersionPublished', { pledgeVersion: 2, resignBy: '2027-01-01T09:00:00.000Z' }))).toEqual([{
      key: 'resign-by:2', type: 'LapseOutdatedSignatures', dueAt: new Date('2027-01-01T09:00:00.000Z'), payload: { pledgeVersion: 2 },
    }]);
    expect(deadlinesOf(recorded('PledgeVersionPublished', { pledgeVersion: 1, resignBy: '2026-11-02T09:00:00.000Z' }))).toEqual([]);
  });

  it('other events start no deadline', () => {
    expect(deadlinesOf(recorded('PledgeWithdrawn', { organisationId: 'org-1' }))).toEqual([]);
  });
});
