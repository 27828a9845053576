// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '../auth/session';
import './index';
import { ok, problem, withProviders } from './test-fixtures';
import type { WebhookEndpoint } from './webhook-form';

const calls = vi.hoisted(() => ({ get: vi.fn(), post: vi.fn() }));
vi.mock('../api/client', async (original) => ({ ...(await original<typeof import('../api/client')>()), api: { GET: calls.get, POST: calls.post } }));
vi.mock('@tanstack/react-router', async (original) => ({ ...(await original<typeof import('@tanstack/react-router')>()), Link: (await import('./test-fixtures')).TestLink }));
vi.mock('@mantine/notifications', () => ({ notifications: { show: vi.fn() } }));

const { WebhooksPage } = await import('./WebhooksPage');

const endpoint: WebhookEndpoint = { endpointId: '0190a1b2-0000-7000-8000-00000000000e', organisationId: 'org-1', url: 'https://hooks.aurora.example/hpc', kinds: ['allocation-suspended'], description: 'Ops', enabled: true, registeredAt: '2026-12-01T00:00:00Z', revision: 2 };
const secret = { id: 's-1', value: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' };

beforeEach(() => {
  calls.get.mockReset().mockResolvedValue(ok([endpoint]));
  calls.post.mockReset();
  startSession({ token: 't', expiresAt: Date.now() + 60_000, userId: 'rep-1', roles: ['applicant'], activeRole: 'applicant', organisationId: 'org-1' });
});

describe('the webhook endpoints', () => {
  it('registers an endpoint of the organisation with an Idempotency-Key and shows its secret once, with a copy button', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    calls.post.mockResolvedValue(ok({ ...endpoint, endpointId: 'e-2', url: 'https://hooks.aurora.example/new', kinds: [], secret }, 201));
    render(withProviders(<WebhooksPage />));
    await screen.findByText('https://hooks.aurora.example/hpc');
    fireEvent.change(screen.getByRole('textbox', { name: /Endpoint URL/ }), { target: { value: 'https://hooks.aurora.example/new' } });
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    await screen.findByText(secret.value);
    const [path, options] = calls.post.mock.calls[0] as [string, { params: { header: Record<string, string> }; body: unknown }];
    expect(path).toBe('/api/notifications/webhooks');
    expect(options.body).toEqual({ organisationId: 'org-1', url: 'https://hooks.aurora.example/new' });
    expect(options.params.header['Idempotency-Key']).toMatch(/^ui-[0-9a-f-]{36}$/);
    expect(screen.getByText(/shown this once/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the secret' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(secret.value));
    fireEvent.click(screen.getByRole('button', { name: 'I have kept it' }));
    expect(screen.queryByText(secret.value)).toBeNull();
  });

  it("disables with the revision as If-Match, and rotating shows the new secret", async () => {
    calls.post.mockImplementation(async (path: string) => (path.endsWith('secret-rotation') ? ok({ ...endpoint, revision: 3, secret }) : ok({ ...endpoint, enabled: false, disabledReason: 'by-owner', revision: 3 })));
    render(withProviders(<WebhooksPage />));
    const row = (await screen.findByText('https://hooks.aurora.example/hpc')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Allocation suspended')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Delivery log of Ops (https://hooks.aurora.example/hpc)' }).getAttribute('href')).toBe(`/notifications/webhooks/${endpoint.endpointId}`);
    fireEvent.click(within(row).getByRole('button', { name: 'Disable Ops (https://hooks.aurora.example/hpc)' }));
    await waitFor(() => expect(calls.post).toHaveBeenCalledWith('/api/notifications/webhooks/{id}/disable', { params: { path: { id: endpoint.endpointId }, header: { 'If-Match': '"2"' } } }));
    fireEvent.click(within(row).getByRole('button', { name: 'Rotate secret of Ops (https://hooks.aurora.example/hpc)' }));
    await screen.findByText(secret.value);
    expect(calls.post).toHaveBeenCalledWith('/api/notifications/webhooks/{id}/secret-rotation', { params: { path: { id: endpoint.endpointId }, header: { 'If-Match': '"2"' } } });
  });

  it("puts the API's refusal at the URL field", async () => {
    calls.post.mockResolvedValue(problem({ type: 'about:blank', title: 'Unprocessable', status: 422, errors: [{ field: 'url', reason: 'must not point to a private address' }] }, 422));
    render(withProviders(<WebhooksPage />));
    const url = await screen.findByRole('textbox', { name: /Endpoint URL/ });
    fireEvent.change(url, { target: { value: 'https://10.0.0.1/hook' } });
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    await screen.findByText('must not point to a private address');
    expect(url.getAttribute('aria-invalid')).toBe('true');
  });
});
