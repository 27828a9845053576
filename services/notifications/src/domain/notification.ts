import { assertNever, notFound, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import type { NotificationContent } from '../shared/notification';

// ---- events ----
/** One notification, raised once from its cause: a redelivered cause appends nothing (ADR 34). */
export type NotificationRaised = { type: 'NotificationRaised'; data: NotificationContent };
/** A person opened it; per person, since an audience is a scope shared by many. */
export type NotificationRead = { type: 'NotificationRead'; data: { notificationId: string; userId: string; readAt: string } };
export type NotificationEvent = NotificationRaised | NotificationRead;

// ---- state ----
export interface NotificationState {
  content: NotificationContent | null;
  readBy: string[];
}

export const initialNotificationState = (): NotificationState => ({ content: null, readBy: [] });

export function evolveNotification(state: NotificationState, event: NotificationEvent): NotificationState {
  switch (event.type) {
    case 'NotificationRaised':
      return { ...state, content: event.data };
    case 'NotificationRead':
      return state.readBy.includes(event.data.userId) ? state : { ...state, readBy: [...state.readBy, event.data.userId] };
    default:
      return assertNever(event);
  }
}

// ---- commands ----
export type RaiseNotification = { type: 'RaiseNotification'; content: NotificationContent; context: CommandContext };
export type MarkNotificationRead = { type: 'MarkNotificationRead'; userId: string; context: CommandContext };
export type NotificationCommand = RaiseNotification | MarkNotificationRead;

export function decideNotification(command: NotificationCommand, state: NotificationState): NotificationEvent[] {
  switch (command.type) {
    case 'RaiseNotification':
      // Raised already: the same cause delivered again, or the same rule run twice.
      return state.content ? [] : [{ type: 'NotificationRaised', data: command.content }];
    case 'MarkNotificationRead': {
      if (!state.content) throw notFound('notification-not-found', 'no such notification');
      if (state.readBy.includes(command.userId)) return [];
      return [{ type: 'NotificationRead', data: { notificationId: state.content.notificationId, userId: command.userId, readAt: command.context.now.toISOString() } }];
    }
    default:
      return assertNever(command);
  }
}

export const notificationDecider: Decider<NotificationCommand, NotificationState, NotificationEvent> = {
  initialState: initialNotificationState,
  evolve: evolveNotification,
  decide: decideNotification,
};
