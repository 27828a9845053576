import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import './index';
import { bodyOf, subscriptionFields, subscriptionValidators, valuesOf, type SubscriptionView } from './subscription-form';

const view: SubscriptionView = {
  userId: 'rep-1',
  subscribed: true,
  email: 'kadri@aurora.example',
  language: 'en',
  channels: { 'screening-outcome': ['inbox'], 'allocation-suspended': ['inbox', 'email'] },
  mandatoryKinds: ['allocation-suspended'],
};

describe('the notification settings form', () => {
  it('reads the channels per kind and sends every kind back, mandatory kinds on both channels', () => {
    const values = valuesOf(view);
    expect(values.channels).toEqual({ 'screening-outcome': { inbox: true, email: false }, 'allocation-suspended': { inbox: true, email: true } });
    values.channels['screening-outcome'] = { inbox: false, email: true };
    values.channels['allocation-suspended'] = { inbox: false, email: false };
    expect(bodyOf(values, view.mandatoryKinds)).toEqual({ email: 'kadri@aurora.example', language: 'en', channels: { 'screening-outcome': ['email'], 'allocation-suspended': ['inbox', 'email'] } });
  });

  it('sends no address when the field is empty (no e-mail)', () => {
    expect(bodyOf({ ...valuesOf(view), email: '  ' }, []).email).toBeUndefined();
  });

  it('names the fields the API may name, and checks the address and the language as typed', () => {
    expect(subscriptionFields(['screening-outcome'])).toEqual(['email', 'language', 'channels.screening-outcome']);
    const check = subscriptionValidators(i18n.getFixedT('en', 'notifications'));
    expect(check.email('')).toBeNull();
    expect(check.email('not an address')).toBe('An e-mail address such as name@example.org');
    expect(check.language('de-AT')).toBeNull();
    expect(check.language('German')).toBe('A language tag such as en or de-AT');
  });
});
