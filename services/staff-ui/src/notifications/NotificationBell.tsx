import { ActionIcon, Indicator } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '../auth/roles';
import { INBOX_ROLES, mayUse } from './audiences';
import { useUnreadCount } from './inbox-queries';

/** The header's bell: the unread count, polled and refreshed on focus, leading to the inbox. Nothing for a role without an inbox. */
export function NotificationBell({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation('notifications');
  const hasInbox = mayUse(INBOX_ROLES, roles);
  const unread = useUnreadCount(hasInbox);
  if (!hasInbox) return null;
  const count = unread.data ?? 0;
  return (
    <Indicator label={count > 99 ? '99+' : count} disabled={count === 0} size={18} color="red.9" offset={4}>
      <ActionIcon component={Link} to="/notifications" variant="subtle" size="lg" aria-label={t('bell.label', { count })}>
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
}

function BellIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
