// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import './index';
import { ok, withProviders } from './test-fixtures';

const calls = vi.hoisted(() => ({ get: vi.fn() }));
vi.mock('../api/client', async (original) => ({ ...(await original<typeof import('../api/client')>()), api: { GET: calls.get } }));
vi.mock('@tanstack/react-router', async (original) => ({ ...(await original<typeof import('@tanstack/react-router')>()), Link: (await import('./test-fixtures')).TestLink }));

const { WebhookDeliveriesPage } = await import('./WebhookDeliveriesPage');
const { FailedDeliveriesPage } = await import('./FailedDeliveriesPage');

// mantine-datatable asks matchMedia('') whether a column without a media query shows: a browser
// answers true (an empty query is "all"), test-setup's stub false, which would hide every cell.
const stub = window.matchMedia;
window.matchMedia = (query: string) => ({ ...stub(query), matches: query === '' });

beforeEach(() => {
  calls.get.mockReset();
});

describe('the delivery logs', () => {
  it("lists an endpoint's attempts with each one's outcome, status and reason", async () => {
    calls.get.mockImplementation(async (path: string) =>
      path.endsWith('/deliveries')
        ? ok({
            page: 1,
            pageSize: 20,
            total: 2,
            items: [
              { deliveryId: 'd-1', notificationId: 'n-1', kind: 'allocation-suspended', attempt: 2, attemptedAt: '2026-12-07T10:05:00Z', outcome: 'delivered', status: 204 },
              { deliveryId: 'd-1', notificationId: 'n-1', kind: 'allocation-suspended', attempt: 1, attemptedAt: '2026-12-07T10:00:00Z', outcome: 'retry', status: 503, reason: 'HTTP 503', nextAttemptAt: '2026-12-07T10:05:00Z' },
            ],
          })
        : ok({ endpointId: 'e-1', url: 'https://hooks.example/a', kinds: [], description: '', enabled: true, registeredAt: '2026-12-01T00:00:00Z', revision: 1 }),
    );
    render(withProviders(<WebhookDeliveriesPage endpointId="e-1" page={1} onPage={() => undefined} />));
    await screen.findByText('https://hooks.example/a');
    const retry = await screen.findByRole('row', { name: /HTTP 503/ });
    expect(within(retry).getByText('Retry')).toBeTruthy();
    expect(within(retry).getByText('503')).toBeTruthy();
    const delivered = screen.getByRole('row', { name: /Delivered/ });
    expect(within(delivered).getByText('204')).toBeTruthy();
    expect(calls.get).toHaveBeenCalledWith('/api/notifications/webhooks/{id}/deliveries', { params: { path: { id: 'e-1' }, query: { page: 1, pageSize: 20 } } });
  });

  it('shows programme staff the deliveries given up, with every attempt', async () => {
    calls.get.mockResolvedValue(
      ok({
        page: 1,
        pageSize: 20,
        total: 1,
        items: [
          {
            deliveryId: 'd-9', notificationId: 'n-9', kind: 'attestation-overdue', channel: 'email', target: 'rep-demo-aurora-models', status: 'failed', nextAttemptAt: null, failureReason: 'mailbox unavailable', updatedAt: '2026-12-07T12:00:00Z',
            attempts: [{ attempt: 1, outcome: 'rejected', status: 550, reason: 'mailbox unavailable', attemptedAt: '2026-12-07T12:00:00Z', nextAttemptAt: null }],
          },
        ],
      }),
    );
    render(withProviders(<FailedDeliveriesPage page={1} onPage={() => undefined} />));
    const row = await screen.findByRole('row', { name: /rep-demo-aurora-models/ });
    expect(within(row).getByText('Attestation overdue')).toBeTruthy();
    expect(within(row).getByText('E-mail')).toBeTruthy();
    expect(within(row).getByText('Rejected')).toBeTruthy();
    expect(within(row).getByText(/#1 .* \(status 550\) mailbox unavailable/)).toBeTruthy();
    expect(calls.get).toHaveBeenCalledWith('/api/notifications/deliveries', { params: { query: { status: 'failed', page: 1, pageSize: 20 } } });
  });
});
