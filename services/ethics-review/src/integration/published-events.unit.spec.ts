import { validateIntegrationEvent } from '@hpc-access/contracts';
import type { RecordedEvent } from '@hpc-access/eventsourcing';
import { toIntegrationEvent } from './published-events';

const T = '2026-11-02T09:00:00.000Z';
const DUE = '2026-11-16T09:00:00.000Z';
const recorded = (type: string, data: Record<string, unknown>, streamId = 'ethics-case-app-1'): RecordedEvent => ({
  eventId: '01900000-0000-7000-8000-000000000001', type, streamId, streamPosition: 0, globalPosition: '1', transactionId: '1', recordedAt: new Date(T),
  data, metadata: { correlationId: 'corr-1', causationId: 'cause-1', actor: { id: 'chair-1', role: 'ethics-chair' }, schemaVersion: 1 }, hash: 'h', prevHash: null,
});
const published = (type: string, data: Record<string, unknown>) => {
  const event = toIntegrationEvent(recorded(type, data));
  expect(event).not.toBeNull();
  expect(validateIntegrationEvent(event).ok).toBe(true);
  return event;
};

describe('the integration events ethics review publishes', () => {
  it('an assigned reviewer, by user id, with the review due date; their organisation and the assigner stay here', () => {
    const assigned = { caseId: 'app-1', reviewerId: 'rev-1', reviewerOrganisationId: 'org-9', assignedBy: 'chair-1', assignedAt: T, reviewDueAt: DUE };
    expect(published('ReviewerAssigned', assigned)).toEqual({
      id: '01900000-0000-7000-8000-000000000001', type: 'hpc-access.ethics-review.ReviewerAssigned.v1', source: 'ethics-review', subject: 'app-1', time: T,
      correlationId: 'corr-1', causationId: 'cause-1', data: { caseId: 'app-1', applicationId: 'app-1', reviewerId: 'rev-1', assignedAt: T, reviewDueAt: DUE },
    });
  });

  it('the events published before still map as they did (replay gives the same answers)', () => {
    expect(published('ReviewerDeclaredNoConflict', { caseId: 'app-1', reviewerId: 'rev-1', statement: 'none', declaredAt: T })?.data)
      .toEqual({ caseId: 'app-1', applicationId: 'app-1', reviewerId: 'rev-1', declaredAt: T });
    expect(published('ReviewerAssignmentEnded', { caseId: 'app-1', reviewerId: 'rev-1', reason: 'case-decided', endedAt: T })?.data)
      .toEqual({ caseId: 'app-1', applicationId: 'app-1', reviewerId: 'rev-1', reason: 'case-decided', endedAt: T });
    expect(published('EthicsInformationRequested', { caseId: 'app-1', applicationId: 'app-1', organisationId: 'org-1', questions: ['why?'], requestedBy: 'chair-1', requestedAt: T })?.data)
      .toEqual({ caseId: 'app-1', applicationId: 'app-1', organisationId: 'org-1', questions: ['why?'], requestedAt: T });
  });

  it.each(['ReviewerRecused', 'ReviewSubmitted', 'ReviewOverdue', 'EthicsInformationReceived', 'EthicsCaseWithdrawn'])('%s stays inside ethics review', (type) => {
    expect(toIntegrationEvent(recorded(type, { caseId: 'app-1', reviewerId: 'rev-1' }))).toBeNull();
  });

  it('events of other streams (reviewers, configuration) are never published', () => {
    expect(toIntegrationEvent(recorded('ReviewerAssigned', { caseId: 'app-1', reviewerId: 'rev-1', assignedAt: T, reviewDueAt: DUE }, 'ethics-reviewer-rev-1'))).toBeNull();
  });
});
