import type { NotificationContent } from '../../shared/notification';

/**
 * The event type of a notification in Standard Webhooks form: full-stop separated identifiers of
 * `[a-zA-Z0-9_]` ("Event types"), so the kind's hyphens become underscores:
 * `allocation-suspended` -> `notification.allocation_suspended`.
 */
export function webhookEventType(kind: string): string {
  return `notification.${kind.replace(/-/g, '_')}`;
}

/**
 * The body of a webhook: `type`, `timestamp` (when the cause happened, RFC 3339; the attempt's
 * time is in the header) and `data`. Only the notification's facts: never an address, never
 * the audience's user id (a receiver of an organisation learns what happened, not to whom).
 */
export function webhookBody(notification: NotificationContent): string {
  return JSON.stringify({
    type: webhookEventType(notification.kind),
    timestamp: notification.occurredAt,
    data: {
      notificationId: notification.notificationId,
      kind: notification.kind,
      subject: notification.subject,
      facts: notification.facts,
      link: notification.link,
      ...(notification.dueBy ? { dueBy: notification.dueBy } : {}),
    },
  });
}
