// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '../auth/session';
import './index';
import { ok, withProviders } from './test-fixtures';
import type { WebhookEndpoint } from './webhook-form';

const calls = vi.hoisted(() => ({ get: vi.fn(), post: vi.fn() }));
vi.mock('../api/client', async (original) => ({ ...(await original<typeof import('../api/client')>()), api: { GET: calls.get, POST: calls.post } }));
vi.mock('@tanstack/react-router', async (original) => ({ ...(await original<typeof import('@tanstack/react-router')>()), Link: (await import('./test-fixtures')).TestLink }));
vi.mock('@mantine/notifications', () => ({ notifications: { show: vi.fn() } }));

const { OrganisationWebhooks } = await import('./OrganisationWebhooks');

const endpoint: WebhookEndpoint = { endpointId: '0190a1b2-0000-7000-8000-00000000001a', organisationId: 'org-aurora', url: 'https://hooks.aurora.example/hpc', kinds: [], description: '', enabled: false, disabledReason: 'gone', registeredAt: '2026-12-01T00:00:00Z', revision: 4 };
const secret = { id: 's-2', value: 'whsec_bm90LWEtcmVhbC1zZWNyZXQtYXQtYWxsLW5vcGU=' };

beforeEach(() => {
  calls.get.mockReset().mockResolvedValue(ok([endpoint]));
  calls.post.mockReset();
  // A governance officer's token names the programme's organisation, not the one on the page.
  startSession({ token: 't', expiresAt: Date.now() + 60_000, userId: 'gov-1', roles: ['governance-officer'], activeRole: 'governance-officer', organisationId: 'eurohpc-ju' });
});

describe("an organisation's webhook endpoints on a staff page", () => {
  it('lists the endpoints of the organisation on the page, named to the API and on screen', async () => {
    render(withProviders(<OrganisationWebhooks organisationId="org-aurora" name="Aurora Models" />));
    const section = await screen.findByRole('region', { name: 'Webhook endpoints of Aurora Models' });
    const row = (await within(section).findByText('https://hooks.aurora.example/hpc')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Gone (410)')).toBeTruthy();
    expect(within(section).getByText('The webhook endpoints of Aurora Models')).toBeTruthy();
    expect(calls.get).toHaveBeenCalledWith('/api/notifications/webhooks', { params: { query: { organisationId: 'org-aurora' } } });
  });

  it("registers for the organisation on the page, not the officer's own, and shows the secret once", async () => {
    calls.get.mockResolvedValue(ok([]));
    calls.post.mockResolvedValue(ok({ ...endpoint, enabled: true, disabledReason: undefined, secret }, 201));
    render(withProviders(<OrganisationWebhooks organisationId="org-aurora" name="Aurora Models" />));
    await screen.findByText('Aurora Models has no webhook endpoint yet.');
    expect(screen.getByRole('heading', { name: 'Register an endpoint for Aurora Models', level: 3 })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Endpoint URL/ }), { target: { value: 'https://hooks.aurora.example/hpc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    await screen.findByText(secret.value);
    const [path, options] = calls.post.mock.calls[0] as [string, { body: unknown }];
    expect(path).toBe('/api/notifications/webhooks');
    expect(options.body).toEqual({ organisationId: 'org-aurora', url: 'https://hooks.aurora.example/hpc' });
    // The list asked again after the registration, still for the organisation on the page.
    await waitFor(() => expect(calls.get).toHaveBeenCalledTimes(2));
    expect(calls.get).toHaveBeenLastCalledWith('/api/notifications/webhooks', { params: { query: { organisationId: 'org-aurora' } } });
  });

  it('enables an endpoint that answered 410, pinned to the revision read', async () => {
    calls.post.mockResolvedValue(ok({ ...endpoint, enabled: true, disabledReason: undefined, revision: 5 }));
    render(withProviders(<OrganisationWebhooks organisationId="org-aurora" name="Aurora Models" />));
    fireEvent.click(await screen.findByRole('button', { name: 'Enable https://hooks.aurora.example/hpc' }));
    await waitFor(() => expect(calls.post).toHaveBeenCalledWith('/api/notifications/webhooks/{id}/enable', { params: { path: { id: endpoint.endpointId }, header: { 'If-Match': '"4"' } } }));
  });
});
