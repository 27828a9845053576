import type { RecordedEvent } from '@hpc-access/eventsourcing';
import { deadlineOf } from './deadlines';

const recorded = (type: string, data: Record<string, unknown>): RecordedEvent => ({
  eventId: 'e-1', type, streamId: 's', streamPosition: 0, globalPosition: '1', transactionId: '1', recordedAt: new Date('2026-11-02T09:00:00Z'),
  data, metadata: { correlationId: 'c', causationId: null, actor: { id: 'a', role: 'r' }, schemaVersion: 1 }, hash: 'h', prevHash: null,
});

describe('the deadlines events start', () => {
  it('a first signature schedules the first attestation due date', () => {
    expect(deadlineOf(recorded('PledgeSigned', { organisationId: 'org-1', attestationDueAt: '2027-02-02T09:00:00.000Z' }))).toEqual({
      key: 'attestation-due:org-1:2027-02-02T09:00:00.000Z', type: 'MarkAttestationOverdue', dueAt: new Date('2027-02-02T09:00:00.000Z'),
      payload: { organisationId: 'org-1', dueAt: '2027-02-02T09:00:00.000Z' },
    });
  });

  it('a signature within a running schedule starts nothing', () => {
    expect(deadlineOf(recorded('PledgeSigned', { organisationId: 'org-1', attestationDueAt: null }))).toBeNull();
  });

  it('an attestation schedules the next period under a key of its own', () => {
    expect(deadlineOf(recorded('AttestationSubmitted', { organisationId: 'org-1', nextDueAt: '2027-05-02T09:00:00.000Z' }))?.key).toBe('attestation-due:org-1:2027-05-02T09:00:00.000Z');
  });

  it('an overdue attestation schedules its breach at the end of the grace period', () => {
    expect(deadlineOf(recorded('AttestationOverdue', { organisationId: 'org-1', dueAt: 'd', breachAt: '2027-03-04T09:00:00.000Z' }))).toEqual({
      key: 'attestation-breach:org-1:d', type: 'BreachOverdueAttestation', dueAt: new Date('2027-03-04T09:00:00.000Z'), payload: { organisationId: 'org-1', dueAt: 'd' },
    });
  });

  it('an obligation schedules its due date, and an overdue one its breach', () => {
    expect(deadlineOf(recorded('ObligationRecorded', { organisationId: 'org-1', obligationId: 'c-1', dueAt: '2027-01-01T00:00:00.000Z' }))).toEqual({
      key: 'obligation-due:org-1:c-1', type: 'MarkObligationOverdue', dueAt: new Date('2027-01-01T00:00:00.000Z'), payload: { organisationId: 'org-1', obligationId: 'c-1' },
    });
    expect(deadlineOf(recorded('ObligationOverdue', { organisationId: 'org-1', obligationId: 'c-1', breachAt: '2027-01-31T00:00:00.000Z' }))).toEqual({
      key: 'obligation-breach:org-1:c-1', type: 'BreachOverdueObligation', dueAt: new Date('2027-01-31T00:00:00.000Z'), payload: { organisationId: 'org-1', obligationId: 'c-1' },
    });
  });

  it('a new pledge version schedules the lapse of older signatures; the seeded first one does not', () => {
    expect(deadlineOf(recorded('PledgeVersionPublished', { pledgeVersion: 2, resignBy: '2027-01-01T09:00:00.000Z' }))).toEqual({
      key: 'resign-by:2', type: 'LapseOutdatedSignatures', dueAt: new Date('2027-01-01T09:00:00.000Z'), payload: { pledgeVersion: 2 },
    });
    expect(deadlineOf(recorded('PledgeVersionPublished', { pledgeVersion: 1, resignBy: '2026-11-02T09:00:00.000Z' }))).toBeNull();
  });

  it('other events start no deadline', () => {
    expect(deadlineOf(recorded('PledgeWithdrawn', { organisationId: 'org-1' }))).toBeNull();
  });
});
