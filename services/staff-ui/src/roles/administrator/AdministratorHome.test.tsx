// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { ok, withProviders } from '../../notifications/test-fixtures';
import en from './i18n/en.json';
import siteEn from '../site/i18n/en.json';
import notificationsEn from '../../notifications/i18n/en.json';

const calls = vi.hoisted(() => ({ get: vi.fn() }));
vi.mock('../../api/client', async (original) => ({ ...(await original<typeof import('../../api/client')>()), api: { GET: calls.get } }));
vi.mock('@tanstack/react-router', async (original) => ({ ...(await original<typeof import('@tanstack/react-router')>()), Link: (await import('../../notifications/test-fixtures')).TestLink }));

const { AdministratorHome } = await import('./AdministratorHome');

beforeAll(() => {
  i18n.addResourceBundle('en', 'administrator', en, true, true);
  i18n.addResourceBundle('en', 'site', siteEn, true, true);
  i18n.addResourceBundle('en', 'notifications', notificationsEn, true, true);
});

const order = {
  orderId: 'ord-1', allocationId: 'alloc-1', projectId: 'aif-pg-1', siteId: 'cineca', system: 'leonardo', partition: 'booster', kind: 'create-project',
  status: 'failed', attempt: 2, issuedAt: '2026-11-02T09:00:00.000Z', acknowledgedAt: '2026-11-02T10:00:00.000Z', lastError: 'sacctmgr: account exists', members: [], gpuMinutes: null,
};
const delivery = {
  deliveryId: 'del-1', notificationId: 'n-1', kind: 'allocation-awarded', channel: 'webhook', target: 'endpoint-1', status: 'failed',
  nextAttemptAt: null, failureReason: 'HTTP 500 after 6 attempts', attempts: [], updatedAt: '2026-11-01T09:00:00.000Z',
};

describe("the administrator's home", () => {
  it('lists failed orders and deliveries as one waiting list, the oldest first, each leading to where it is dealt with', async () => {
    calls.get.mockImplementation(async (path: string) =>
      path === '/api/allocation/site-orders' ? ok({ page: 1, pageSize: 10, total: 1, items: [order] }) : ok({ page: 1, pageSize: 10, total: 1, items: [delivery] }),
    );
    render(withProviders(<AdministratorHome />));
    await screen.findByText('2 waiting for you');
    const links = screen.getAllByRole('link').filter((a) => a.closest('.mantine-Card-root'));
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Allocation awarded by Webhook', '/notifications/deliveries'],
      ['Create project for aif-pg-1 at cineca (leonardo / booster)', '/administrator/site-orders'],
    ]);
    expect(screen.getByText(/HTTP 500 after 6 attempts/)).toBeTruthy();
    expect(screen.getByText(/sacctmgr: account exists/)).toBeTruthy();
    expect(calls.get).toHaveBeenCalledWith('/api/allocation/site-orders', { params: { query: { status: 'failed', sort: 'oldest', page: 1, pageSize: 10 } } });
    expect(calls.get).toHaveBeenCalledWith('/api/notifications/deliveries', { params: { query: { status: 'failed', sort: 'oldest', page: 1, pageSize: 10 } } });
    const settings = within(screen.getByRole('heading', { name: 'Settings' }).parentElement as HTMLElement).getByRole('link', { name: /Programme rules/ });
    expect(settings.getAttribute('href')).toBe('/administrator/settings');
  }, 20_000);
});
