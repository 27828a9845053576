import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { INBOX_PAGE_SIZE, type InboxSearch } from './inbox-search';

/** Every query of the inbox starts with this key: marking one read refreshes the list and the bell. */
export const INBOX_KEY = ['notifications', 'inbox'] as const;

/** How often the bell asks (also on focus): a new notification shows within half a minute. */
export const UNREAD_POLL_MS = 30_000;

/** The caller's unread count, for the bell: one item asked for, the count comes with any page. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: [...INBOX_KEY, 'unread'],
    queryFn: async () => unwrap(await api.GET('/api/notifications/inbox', { params: { query: { page: 1, pageSize: 1 } } })).unread,
    enabled,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: 'always',
  });
}

export function useInboxPage(search: InboxSearch) {
  const page = search.page ?? 1;
  const order = search.order ?? 'unread-first';
  return useQuery({
    queryKey: [...INBOX_KEY, 'page', page, order],
    queryFn: async () => unwrap(await api.GET('/api/notifications/inbox', { params: { query: { page, pageSize: INBOX_PAGE_SIZE, order } } })),
    refetchOnWindowFocus: 'always',
  });
}

/**
 * Marks one notification read. The refresh is in the mutation's own options, not the call's: it
 * still runs when the reader followed the link and the inbox is gone.
 */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (notificationId: string) => unwrap(await api.POST('/api/notifications/inbox/{notificationId}/read', { params: { path: { notificationId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INBOX_KEY }),
  });
}
