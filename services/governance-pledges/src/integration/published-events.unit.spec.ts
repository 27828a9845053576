import { validateIntegrationEvent } from '@hpc-access/contracts';
import type { RecordedEvent } from '@hpc-access/eventsourcing';
import { toIntegrationEvent } from './published-events';

const T = '2026-11-02T09:00:00.000Z';
const recorded = (type: string, data: Record<string, unknown>): RecordedEvent => ({
  eventId: '01900000-0000-7000-8000-000000000001', type, streamId: 's', streamPosition: 0, globalPosition: '1', transactionId: '1', recordedAt: new Date(T),
  data, metadata: { correlationId: 'corr-1', causationId: 'cause-1', actor: { id: 'a', role: 'r' }, schemaVersion: 1 }, hash: 'h', prevHash: null,
});
const published = (type: string, data: Record<string, unknown>) => {
  const event = toIntegrationEvent(recorded(type, data));
  expect(event).not.toBeNull();
  expect(validateIntegrationEvent(event).ok).toBe(true);
  return event;
};

describe('the integration events governance publishes', () => {
  it('a new pledge version, keyed by its number', () => {
    expect(published('PledgeVersionPublished', { pledgeVersion: 2, text: {}, publishedBy: 'gov-1', publishedAt: T, resignBy: '2027-01-01T09:00:00.000Z' })).toEqual({
      id: '01900000-0000-7000-8000-000000000001', type: 'hpc-access.governance.PledgeVersionPublished.v1', source: 'governance', subject: '2', time: T,
      correlationId: 'corr-1', causationId: 'cause-1', data: { pledgeVersion: 2, publishedAt: T, resignBy: '2027-01-01T09:00:00.000Z' },
    });
  });

  it('a signature, without the optional commitments or the schedule', () => {
    expect(published('PledgeSigned', { organisationId: 'org-1', pledgeVersion: 1, optionalCommitments: ['x'], signedBy: 'rep-1', signedAt: T, attestationDueAt: null })?.data)
      .toEqual({ organisationId: 'org-1', pledgeVersion: 1, signedBy: 'rep-1', signedAt: T });
  });

  it('a withdrawal, a breach and a fulfilled obligation', () => {
    expect(published('PledgeWithdrawn', { organisationId: 'org-1', reason: 'leaving', withdrawnBy: 'rep-1', withdrawnAt: T })?.data).toEqual({ organisationId: 'org-1', withdrawnAt: T, reason: 'leaving' });
    expect(published('PledgeBreached', { organisationId: 'org-1', breachId: 'b-1', cause: 'report', ref: 'b-1', reason: 'r', breachedAt: T })?.data).toEqual({ organisationId: 'org-1', breachId: 'b-1', reason: 'r', breachedAt: T });
    expect(published('ObligationFulfilled', { organisationId: 'org-1', obligationId: 'c-1', applicationId: 'app-1', acceptedBy: 'gov-1', fulfilledAt: T })?.data)
      .toEqual({ organisationId: 'org-1', obligationId: 'c-1', applicationId: 'app-1', fulfilledAt: T });
  });

  it('suspension and resumption requests; a suspension without a breach carries no breach id', () => {
    expect(published('AllocationsSuspensionRequested', { organisationId: 'org-1', reason: 'withdrawn', breachId: null, requestedBy: 'gov-1', requestedAt: T })?.data).toEqual({ organisationId: 'org-1', reason: 'withdrawn', requestedAt: T });
    expect(published('AllocationsSuspensionRequested', { organisationId: 'org-1', reason: 'b', breachId: 'b-1', requestedBy: 'gov-1', requestedAt: T })?.data).toEqual({ organisationId: 'org-1', reason: 'b', breachId: 'b-1', requestedAt: T });
    expect(published('AllocationsResumptionRequested', { organisationId: 'org-1', reason: 'ok', requestedBy: 'gov-1', requestedAt: T })?.data).toEqual({ organisationId: 'org-1', reason: 'ok', requestedAt: T });
  });

  it('a lapsed signature and a remedied breach are published: intake holds screening on them', () => {
    expect(published('SignatureLapsed', { organisationId: 'org-1', pledgeVersion: 1, requiredVersion: 2, lapsedAt: T })?.data).toEqual({ organisationId: 'org-1', pledgeVersion: 1, requiredVersion: 2, lapsedAt: T });
    expect(published('BreachRemedied', { organisationId: 'org-1', breachId: 'b-1', remedy: 'attestation-submitted', remediedAt: T })?.data).toEqual({ organisationId: 'org-1', breachId: 'b-1', remediedAt: T });
  });

  it('the attestation reminders: due soon, and overdue with the end of its grace period (for notifications)', () => {
    expect(published('AttestationDueSoon', { organisationId: 'org-1', dueAt: '2027-02-02T09:00:00.000Z', remindedAt: T })).toEqual({
      id: '01900000-0000-7000-8000-000000000001', type: 'hpc-access.governance.AttestationDueSoon.v1', source: 'governance', subject: 'org-1', time: T,
      correlationId: 'corr-1', causationId: 'cause-1', data: { organisationId: 'org-1', dueAt: '2027-02-02T09:00:00.000Z', remindedAt: T },
    });
    const overdue = { organisationId: 'org-1', dueAt: '2027-02-02T09:00:00.000Z', remindedAt: '2027-02-02T09:01:00.000Z', breachAt: '2027-03-04T09:00:00.000Z' };
    expect(published('AttestationOverdue', overdue)).toMatchObject({
      type: 'hpc-access.governance.AttestationOverdue.v1', subject: 'org-1',
      data: { organisationId: 'org-1', dueAt: '2027-02-02T09:00:00.000Z', overdueAt: '2027-02-02T09:01:00.000Z', breachAt: '2027-03-04T09:00:00.000Z' },
    });
  });

  it('a signature and an attestation with their reminder dates publish as before (replay gives the same answers)', () => {
    expect(published('PledgeSigned', { organisationId: 'org-1', pledgeVersion: 1, optionalCommitments: [], signedBy: 'rep-1', signedAt: T, attestationDueAt: 'd', attestationRemindAt: 'r' })?.data)
      .toEqual({ organisationId: 'org-1', pledgeVersion: 1, signedBy: 'rep-1', signedAt: T });
    expect(toIntegrationEvent(recorded('AttestationSubmitted', { organisationId: 'org-1', nextDueAt: 'd', nextRemindAt: 'r' }))).toBeNull();
  });

  it.each(['OrganisationRecorded', 'AttestationSubmitted', 'ObligationRecorded', 'ObligationEvidenceSubmitted', 'ObligationOverdue', 'ConfigurationChanged', 'BreachReportFiled'])(
    '%s stays inside governance', (type) => {
      expect(toIntegrationEvent(recorded(type, { organisationId: 'org-1' }))).toBeNull();
    },
  );
});
