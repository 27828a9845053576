// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import './index';
import { ok, withProviders } from './test-fixtures';

const calls = vi.hoisted(() => ({ get: vi.fn() }));
vi.mock('../api/client', async (original) => ({ ...(await original<typeof import('../api/client')>()), api: { GET: calls.get } }));
vi.mock('@tanstack/react-router', async (original) => ({ ...(await original<typeof import('@tanstack/react-router')>()), Link: (await import('./test-fixtures')).TestLink }));

const { NotificationBell } = await import('./NotificationBell');
const { UNREAD_POLL_MS } = await import('./inbox-queries');

beforeEach(() => {
  calls.get.mockReset();
});

describe("the header's bell", () => {
  it('shows the unread count and leads to the inbox, asking for one item only', async () => {
    calls.get.mockResolvedValue(ok({ page: 1, pageSize: 1, total: 5, unread: 3, items: [] }));
    render(withProviders(<NotificationBell roles={['applicant']} />));
    const bell = await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    expect(bell.getAttribute('href')).toBe('/notifications');
    expect(screen.getByText('3')).toBeTruthy();
    expect(calls.get).toHaveBeenCalledWith('/api/notifications/inbox', { params: { query: { page: 1, pageSize: 1 } } });
  });

  it('asks again every half minute: a new notification shows without a reload', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      calls.get.mockResolvedValueOnce(ok({ page: 1, pageSize: 1, total: 0, unread: 0, items: [] })).mockResolvedValue(ok({ page: 1, pageSize: 1, total: 1, unread: 1, items: [] }));
      render(withProviders(<NotificationBell roles={['site']} />));
      await screen.findByRole('link', { name: 'Notifications, none unread' });
      await vi.advanceTimersByTimeAsync(UNREAD_POLL_MS);
      await screen.findByRole('link', { name: 'Notifications, 1 unread' });
      expect(calls.get).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is not there for the auditor, who has no inbox (and asks nothing)', async () => {
    render(withProviders(<NotificationBell roles={['auditor']} />));
    await waitFor(() => expect(screen.queryByRole('link')).toBeNull());
    expect(calls.get).not.toHaveBeenCalled();
  });
});
