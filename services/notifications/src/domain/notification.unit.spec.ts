import type { CommandContext } from '@hpc-access/eventsourcing';
import { deciderSpec } from '@hpc-access/testing';
import type { NotificationContent } from '../shared/notification';
import { deliveryIdOf, notificationIdOf } from './ids';
import { notificationDecider, type NotificationEvent } from './notification';

const now = new Date('2026-11-02T09:00:00.000Z');
const system: CommandContext = { now, actor: { id: 'intake', role: 'system' } };
const audience = { role: 'applicant', organisationId: 'org-1' };
const content: NotificationContent = {
  notificationId: notificationIdOf('evt-1', 'screening-outcome', audience),
  kind: 'screening-outcome',
  audience,
  subject: { type: 'application', id: 'app-1' },
  facts: { outcome: 'eligible' },
  link: '/applicant/applications/app-1',
  occurredAt: now.toISOString(),
  cause: { eventId: 'evt-1', type: 'intake.ApplicationScreened.v1' },
};
const raised: NotificationEvent = { type: 'NotificationRaised', data: content };
const spec = deciderSpec(notificationDecider);

describe('a notification is raised once per cause', () => {
  it('the first time its cause is handled, it is raised with its content', () => {
    spec.given([]).when({ type: 'RaiseNotification', content, context: system }).then([raised]);
  });

  it('the cause handled again raises nothing', () => {
    spec.given([raised]).when({ type: 'RaiseNotification', content, context: system }).then([]);
  });

  it('its id derives from cause, kind and audience: the same inputs the same id, another audience another', () => {
    expect(notificationIdOf('evt-1', 'screening-outcome', audience)).toBe(content.notificationId);
    expect(notificationIdOf('evt-1', 'screening-outcome', { role: 'applicant', organisationId: 'org-2' })).not.toBe(content.notificationId);
    expect(notificationIdOf('evt-2', 'screening-outcome', audience)).not.toBe(content.notificationId);
    expect(deliveryIdOf(content.notificationId, 'email', 'user-1')).toBe(deliveryIdOf(content.notificationId, 'email', 'user-1'));
    expect(deliveryIdOf(content.notificationId, 'email', 'user-1')).not.toBe(deliveryIdOf(content.notificationId, 'webhook', 'user-1'));
  });
});

describe('a person reads a notification', () => {
  const read = (userId: string) => ({ type: 'MarkNotificationRead' as const, userId, context: { now, actor: { id: userId, role: 'applicant' } } });

  it('is marked read for that person', () => {
    spec.given([raised]).when(read('user-1')).then([{ type: 'NotificationRead', data: { notificationId: content.notificationId, userId: 'user-1', readAt: now.toISOString() } }]);
  });

  it('reading it again changes nothing; another person reads it for themselves', () => {
    const first: NotificationEvent = { type: 'NotificationRead', data: { notificationId: content.notificationId, userId: 'user-1', readAt: now.toISOString() } };
    spec.given([raised, first]).when(read('user-1')).then([]);
    spec.given([raised, first]).when(read('user-2')).thenState({ readBy: ['user-1', 'user-2'] });
  });

  it('a notification never raised is not found', () => {
    spec.given([]).when(read('user-1')).thenThrows('notification-not-found', { kind: 'not_found' });
  });
});
