import { assertNever, conflict, invalid, notFound, type CommandContext, type Decider, type PersonalDataPolicy } from '@hpc-access/eventsourcing';
import { MANDATORY_KINDS, NOTIFICATION_KINDS, type NotificationKind } from '../shared/notification';

/** What a person may choose per kind: the inbox and e-mail (webhooks belong to organisations and sites). */
export type PersonalChannel = 'inbox' | 'email';
export type ChannelChoices = Partial<Record<NotificationKind, PersonalChannel[]>>;
const BOTH: PersonalChannel[] = ['inbox', 'email'];

/** Who the person is, as their token said when they subscribed: e-mail goes where the audience matches it. */
export interface SubscriberScope {
  roles: string[];
  organisationId?: string;
  siteId?: string;
}

// ---- events ----
/** `email` is personal data, sealed under the person's key (SUBSCRIBER_PERSONAL_DATA). */
export type SubscriptionSet = {
  type: 'SubscriptionSet';
  data: { userId: string; email?: string; language: string; channels: ChannelChoices; scope: SubscriberScope; setAt: string };
};
/** The person's key was deleted with this: their address reads as erased everywhere. */
export type SubscriberErased = { type: 'SubscriberErased'; data: { userId: string; erasedAt: string } };
export type SubscriberEvent = SubscriptionSet | SubscriberErased;

/** Every subscriber event that carries personal data, and where (crypto-shredding, ADR 10). */
export const SUBSCRIBER_PERSONAL_DATA: PersonalDataPolicy = {
  SubscriptionSet: [{ path: '', subjectField: 'userId', fields: ['email'] }],
};

// ---- state ----
export interface SubscriberState {
  status: 'none' | 'subscribed' | 'erased';
  userId: string | null;
  email: string | null;
  language: string;
  channels: ChannelChoices;
  scope: SubscriberScope | null;
}

export const initialSubscriberState = (): SubscriberState => ({ status: 'none', userId: null, email: null, language: 'en', channels: {}, scope: null });

export function evolveSubscriber(state: SubscriberState, event: SubscriberEvent): SubscriberState {
  switch (event.type) {
    case 'SubscriptionSet':
      return { status: 'subscribed', userId: event.data.userId, email: event.data.email ?? null, language: event.data.language, channels: event.data.channels, scope: event.data.scope };
    case 'SubscriberErased':
      return { ...state, status: 'erased', email: null };
    default:
      return assertNever(event);
  }
}

/** The channels a person gets a kind on: what they chose, both when they chose nothing, always both for mandatory kinds. */
export function channelsFor(choices: ChannelChoices, kind: NotificationKind): PersonalChannel[] {
  if (MANDATORY_KINDS.has(kind)) return BOTH;
  return choices[kind] ?? BOTH;
}

// ---- commands ----
export type SetSubscription = {
  type: 'SetSubscription';
  userId: string;
  email?: string;
  language: string;
  channels: ChannelChoices;
  scope: SubscriberScope;
  context: CommandContext;
};
export type EraseSubscriber = { type: 'EraseSubscriber'; context: CommandContext };
export type SubscriberCommand = SetSubscription | EraseSubscriber;

export function decideSubscriber(command: SubscriberCommand, state: SubscriberState): SubscriberEvent[] {
  switch (command.type) {
    case 'SetSubscription': {
      // The key is gone: a new address would be stored as erased, never under a new key.
      if (state.status === 'erased') throw conflict('subscriber-erased', 'this person was erased; their subscription cannot be set again');
      for (const [kind, chosen] of Object.entries(command.channels)) {
        if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind)) throw invalid('unknown-kind', `${kind} is not a kind of notification`, `channels.${kind}`);
        if (MANDATORY_KINDS.has(kind as NotificationKind) && !BOTH.every((c) => chosen?.includes(c))) {
          throw invalid('mandatory-kind', `${kind} cannot be turned off: it is sent on every channel`, `channels.${kind}`);
        }
      }
      const { userId, email, language, channels, scope } = command;
      return [{ type: 'SubscriptionSet', data: { userId, ...(email ? { email } : {}), language, channels, scope, setAt: command.context.now.toISOString() } }];
    }
    case 'EraseSubscriber': {
      if (state.status === 'none' || !state.userId) throw notFound('subscriber-not-found', 'no subscription of this person is held');
      if (state.status === 'erased') return [];
      return [{ type: 'SubscriberErased', data: { userId: state.userId, erasedAt: command.context.now.toISOString() } }];
    }
    default:
      return assertNever(command);
  }
}

export const subscriberDecider: Decider<SubscriberCommand, SubscriberState, SubscriberEvent> = {
  initialState: initialSubscriberState,
  evolve: evolveSubscriber,
  decide: decideSubscriber,
};
