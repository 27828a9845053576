import type { CommandContext } from '@hpc-access/eventsourcing';
import { deciderSpec } from '@hpc-access/testing';
import { channelsFor, subscriberDecider, type SetSubscription, type SubscriberEvent } from './subscriber';

const now = new Date('2026-11-02T09:00:00.000Z');
const self: CommandContext = { now, actor: { id: 'user-1', role: 'applicant' } };
const admin: CommandContext = { now, actor: { id: 'admin-1', role: 'administrator' } };
const scope = { roles: ['applicant'], organisationId: 'org-1' };
const set = (channels: SetSubscription['channels'] = {}): SetSubscription => ({ type: 'SetSubscription', userId: 'user-1', email: 'kadri@example.eu', language: 'en', channels, scope, context: self });
const subscribed: SubscriberEvent = { type: 'SubscriptionSet', data: { userId: 'user-1', email: 'kadri@example.eu', language: 'en', channels: {}, scope, setAt: now.toISOString() } };
const erased: SubscriberEvent = { type: 'SubscriberErased', data: { userId: 'user-1', erasedAt: now.toISOString() } };
const spec = deciderSpec(subscriberDecider);

describe('a person sets where and how they hear of things', () => {
  it('their address, language, choices and token scope are recorded', () => {
    spec.given([]).when(set()).then([subscribed]);
  });

  it('a kind can be taken off e-mail', () => {
    spec.given([subscribed]).when(set({ 'usage-threshold': ['inbox'] })).thenState({ channels: { 'usage-threshold': ['inbox'] } });
  });

  it('a mandatory kind cannot be turned off: refused naming the field', () => {
    spec.given([]).when(set({ 'allocation-suspended': ['inbox'] })).thenThrows('mandatory-kind', { kind: 'invalid', field: 'channels.allocation-suspended' });
  });

  it('a kind that does not exist is refused naming the field', () => {
    spec.given([]).when(set({ ['weather' as 'usage-threshold']: ['inbox'] })).thenThrows('unknown-kind', { field: 'channels.weather' });
  });

  it('channels: both by default, the choice when made, both for mandatory kinds whatever was stored', () => {
    expect(channelsFor({}, 'usage-threshold')).toEqual(['inbox', 'email']);
    expect(channelsFor({ 'usage-threshold': ['inbox'] }, 'usage-threshold')).toEqual(['inbox']);
    expect(channelsFor({ 'attestation-overdue': [] }, 'attestation-overdue')).toEqual(['inbox', 'email']);
  });
});

describe('erasing a subscriber', () => {
  const erase = { type: 'EraseSubscriber' as const, context: admin };

  it('is recorded (the key is deleted beside it), and the address reads as gone', () => {
    spec.given([subscribed]).when(erase).then([erased]);
    spec.given([subscribed]).when(erase).thenState({ status: 'erased', email: null });
  });

  it('twice changes nothing; a person never subscribed is not found', () => {
    spec.given([subscribed, erased]).when(erase).then([]);
    spec.given([]).when(erase).thenThrows('subscriber-not-found', { kind: 'not_found' });
  });

  it('an erased person cannot set an address again', () => {
    spec.given([subscribed, erased]).when(set()).thenThrows('subscriber-erased', { kind: 'conflict' });
  });
});
