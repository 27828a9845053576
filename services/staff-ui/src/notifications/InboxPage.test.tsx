// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '../auth/session';
import './index';
import { notification, ok, withProviders } from './test-fixtures';

// The API answers as the notifications service would; the inbox is what is under test.
const calls = vi.hoisted(() => ({ get: vi.fn(), post: vi.fn() }));
vi.mock('../api/client', async (original) => ({ ...(await original<typeof import('../api/client')>()), api: { GET: calls.get, POST: calls.post } }));
vi.mock('@tanstack/react-router', async (original) => ({ ...(await original<typeof import('@tanstack/react-router')>()), Link: (await import('./test-fixtures')).TestLink }));

const { InboxPage } = await import('./InboxPage');

// The words come written from the service (its catalogue, in the reader's language); the inbox shows them.
const unread = notification({ dueBy: '2026-12-21', words: { ...notification({}).words, dueBy: '21 December 2026' } });
const read = notification({
  notificationId: '0190a1b2-0000-7000-8000-000000000002',
  kind: 'allocation-resumed',
  facts: { allocationId: 'alloc-1' },
  words: { language: 'en', subject: 'Allocation alloc-1 resumed', whatHappened: 'Allocation alloc-1 is active again.', nextStep: 'Your jobs may run again.' },
  link: '/applicant/allocations/alloc-1',
  read: true,
  readAt: '2026-12-06T09:00:00Z',
  occurredAt: '2026-12-05T10:00:00Z',
});

beforeEach(() => {
  calls.get.mockReset();
  calls.post.mockReset();
  startSession({ token: 't', expiresAt: Date.now() + 60_000, userId: 'rep-1', roles: ['applicant'], activeRole: 'applicant', organisationId: 'org-demo-aurora-models' });
});

describe('the inbox', () => {
  it('shows each notification with what happened, what to do next, by when and where; the unread count', async () => {
    calls.get.mockResolvedValue(ok({ page: 1, pageSize: 10, total: 2, unread: 1, items: [unread, read] }));
    render(withProviders(<InboxPage search={{}} onSearch={() => undefined} />));
    const card = await screen.findByRole('article', { name: 'Application app-1 is eligible' });
    expect(within(card).getByText(/passed the eligibility/).textContent).toBe('What happened: Application app-1 passed the eligibility screening.');
    expect(within(card).getByText(/Nothing is needed from you now/)).toBeTruthy();
    expect(within(card).getByText('By 21 December 2026')).toBeTruthy();
    expect(within(card).getByText('Unread')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Application app-1 is eligible' }).getAttribute('href')).toBe('/applicant/applications/app-1');
    expect(screen.getByText('1 unread')).toBeTruthy();
    const other = screen.getByRole('article', { name: 'Allocation alloc-1 resumed' });
    expect(within(other).queryByRole('button', { name: 'Mark as read' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Webhooks' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Failed deliveries' })).toBeNull();
    expect(calls.get).toHaveBeenCalledWith('/api/notifications/inbox', { params: { query: { page: 1, pageSize: 10, order: 'unread-first' } } });
  });

  it('marks a notification read when it is opened, and with its button, then asks for the inbox again', async () => {
    calls.get.mockResolvedValue(ok({ page: 1, pageSize: 10, total: 1, unread: 1, items: [unread] }));
    calls.post.mockResolvedValue(ok({ ...unread, read: true, readAt: '2026-12-07T11:00:00Z' }));
    render(withProviders(<InboxPage search={{}} onSearch={() => undefined} />));
    fireEvent.click(await screen.findByRole('link', { name: 'Application app-1 is eligible' }));
    await waitFor(() => expect(calls.post).toHaveBeenCalledWith('/api/notifications/inbox/{notificationId}/read', { params: { path: { notificationId: unread.notificationId } } }));
    await waitFor(() => expect(calls.get).toHaveBeenCalledTimes(2));
    fireEvent.click(screen.getByRole('button', { name: 'Mark as read' }));
    await waitFor(() => expect(calls.post).toHaveBeenCalledTimes(2));
  });

  it('says so when there is nothing, and pages through a long inbox in the URL', async () => {
    calls.get.mockResolvedValueOnce(ok({ page: 1, pageSize: 10, total: 0, unread: 0, items: [] }));
    const { unmount } = render(withProviders(<InboxPage search={{}} onSearch={() => undefined} />));
    await screen.findByText('No notifications yet. When something needs you, it shows here.');
    expect(screen.getByText('Nothing unread')).toBeTruthy();
    unmount();
    calls.get.mockResolvedValue(ok({ page: 2, pageSize: 10, total: 25, unread: 0, items: [read] }));
    const onSearch = vi.fn();
    render(withProviders(<InboxPage search={{ page: 2, order: 'newest' }} onSearch={onSearch} />));
    await screen.findByRole('article', { name: 'Allocation alloc-1 resumed' });
    expect(calls.get).toHaveBeenLastCalledWith('/api/notifications/inbox', { params: { query: { page: 2, pageSize: 10, order: 'newest' } } });
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Pages of notifications' })).getByRole('button', { name: '3' }));
    expect(onSearch).toHaveBeenCalledWith({ page: 3, order: 'newest' });
    expect(screen.getByRole('button', { name: 'Next page' })).toBeTruthy();
  });
});
