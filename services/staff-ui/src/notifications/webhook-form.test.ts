import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import './index';
import { endpointListPathFor, endpointState, ifMatchOf, ownerOf, registerBody, webhookValidators, webhooksKeyOf, type WebhookEndpoint } from './webhook-form';

const endpoint = (over: Partial<WebhookEndpoint>): WebhookEndpoint => ({ endpointId: 'e-1', organisationId: 'org-1', url: 'https://hooks.example.org/a', kinds: [], description: '', enabled: true, registeredAt: '2026-12-01T00:00:00Z', revision: 3, ...over });

describe('the webhook endpoint form', () => {
  it("registers for the applicant's organisation or the site, as the token names them", () => {
    expect(ownerOf({ activeRole: 'applicant', organisationId: 'org-1' })).toEqual({ organisationId: 'org-1' });
    expect(ownerOf({ activeRole: 'site', organisationId: 'site-cineca', siteId: 'cineca' })).toEqual({ siteId: 'cineca' });
    expect(ownerOf({ activeRole: 'auditor', organisationId: 'eurohpc-ju' })).toBeNull();
  });

  it('sends only what was given: no kinds is every kind, no description is none', () => {
    expect(registerBody({ url: ' https://hooks.example.org/a ', description: ' ', kinds: [] }, { siteId: 'cineca' })).toEqual({ siteId: 'cineca', url: 'https://hooks.example.org/a' });
    expect(registerBody({ url: 'https://h.example/x', description: 'CI', kinds: ['allocation-suspended'] }, { organisationId: 'org-1' })).toEqual({ organisationId: 'org-1', url: 'https://h.example/x', description: 'CI', kinds: ['allocation-suspended'] });
  });

  it('wants an https address without credentials', () => {
    const check = webhookValidators(i18n.getFixedT('en', 'notifications'));
    expect(check.url('https://hooks.example.org/a')).toBeNull();
    expect(check.url('hooks.example.org')).toBe('A full address such as https://hooks.example.org/hpc-access');
    expect(check.url('http://hooks.example.org')).toBe('The address must start with https://');
    expect(check.url('http://127.0.0.1:8080/hook')).toBeNull();
    expect(check.url('https://me:pw@hooks.example.org')).toBe('No user name or password in the address');
  });

  it('says why an endpoint is off, and pins a change to the revision read', () => {
    expect(endpointState(endpoint({}))).toBe('enabled');
    expect(endpointState(endpoint({ enabled: false, disabledReason: 'by-owner' }))).toBe('disabled');
    expect(endpointState(endpoint({ enabled: false, disabledReason: 'gone' }))).toBe('gone');
    expect(ifMatchOf(endpoint({}))).toEqual({ 'If-Match': '"3"' });
  });

  it("leads back from a delivery log to where the endpoint is managed: the owner's list, or the organisation's page for a governance officer", () => {
    expect(endpointListPathFor({ activeRole: 'applicant' }, endpoint({}))).toBe('/notifications/webhooks');
    expect(endpointListPathFor({ activeRole: 'site' }, { siteId: 'cineca' })).toBe('/notifications/webhooks');
    expect(endpointListPathFor({ activeRole: 'governance-officer' }, endpoint({ organisationId: 'org a/1' }))).toBe('/governance-officer/organisations/org%20a%2F1');
    expect(endpointListPathFor({ activeRole: 'governance-officer' }, { siteId: 'cineca' })).toBeNull();
    expect(endpointListPathFor({ activeRole: 'intake-officer' }, endpoint({}))).toBeNull();
    expect(endpointListPathFor(null, endpoint({}))).toBeNull();
  });

  it("keeps each owner's list apart: an organisation's and a site's never share a cache entry", () => {
    expect(webhooksKeyOf({ organisationId: 'org-1' })).not.toEqual(webhooksKeyOf({ organisationId: 'org-2' }));
    expect(webhooksKeyOf({ organisationId: 'x' })).not.toEqual(webhooksKeyOf({ siteId: 'x' }));
  });
});
