import { Anchor, Badge, Button, Card, Group, Pagination, Select, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { currentSession } from '../auth/session';
import { QueryState } from '../components/QueryState';
import { DELIVERY_LOG_ROLES, mayUse, WEBHOOK_OWNER_ROLES } from './audiences';
import { useInboxPage, useMarkRead } from './inbox-queries';
import { INBOX_PAGE_SIZE, type InboxSearch } from './inbox-search';
import { formatDate, type InboxItem } from './notification-words';

/** The caller's notifications, unread first (or newest first): what happened, what to do next, by when, and where. */
export function InboxPage({ search, onSearch }: { search: InboxSearch; onSearch: (next: InboxSearch) => void }) {
  const { t } = useTranslation('notifications');
  const inbox = useInboxPage(search);
  const roles = currentSession()?.roles ?? [];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="center">
          <Title order={1}>{t('inbox.title')}</Title>
          {inbox.data && <Badge variant="light" color={inbox.data.unread > 0 ? 'red' : 'gray'}>{t('inbox.unread', { count: inbox.data.unread })}</Badge>}
        </Group>
        <Group>
          <Anchor component={Link} to="/notifications/settings">{t('inbox.settings')}</Anchor>
          {mayUse(WEBHOOK_OWNER_ROLES, roles) && <Anchor component={Link} to="/notifications/webhooks">{t('inbox.webhooks')}</Anchor>}
          {mayUse(DELIVERY_LOG_ROLES, roles) && <Anchor component={Link} to="/notifications/deliveries">{t('inbox.failedDeliveries')}</Anchor>}
        </Group>
      </Group>
      <Select
        label={t('inbox.order')}
        w={200}
        allowDeselect={false}
        data={[{ value: 'unread-first', label: t('inbox.orderUnreadFirst') }, { value: 'newest', label: t('inbox.orderNewest') }]}
        value={search.order ?? 'unread-first'}
        onChange={(value) => onSearch(value === 'newest' ? { order: 'newest' } : {})}
      />
      <QueryState query={inbox}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('inbox.empty')}</Text>
          ) : (
            <>
              <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                {data.items.map((item) => (
                  <li key={item.notificationId}>
                    <NotificationCard item={item} />
                  </li>
                ))}
              </Stack>
              {data.total > INBOX_PAGE_SIZE && (
                <nav aria-label={t('inbox.pages')}>
                  <Pagination
                    total={Math.ceil(data.total / INBOX_PAGE_SIZE)}
                    value={search.page ?? 1}
                    onChange={(page) => onSearch({ ...search, page })}
                    getControlProps={(control) => ({ 'aria-label': t(`inbox.pageControl.${control}`) })}
                  />
                </nav>
              )}
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}

function NotificationCard({ item }: { item: InboxItem }) {
  const { t, i18n } = useTranslation('notifications');
  const markRead = useMarkRead();
  const { words } = item;
  const open = () => {
    // Opening it is reading it: marked on the way to the screen it links to.
    if (!item.read) markRead.mutate(item.notificationId);
  };
  return (
    <Card withBorder padding="md" style={item.read ? undefined : { borderLeft: '4px solid var(--mantine-color-blue-8)' }} aria-label={words.subject} component="article">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={item.link} onClick={open} fw={item.read ? 400 : 700}>
            {words.subject}
          </Anchor>
          <Group gap="xs" wrap="nowrap">
            {!item.read && <Badge color="blue">{t('inbox.unreadBadge')}</Badge>}
            {words.dueBy && <Badge variant="light" color="orange">{t('inbox.dueBy', { date: words.dueBy })}</Badge>}
          </Group>
        </Group>
        <Text size="sm">
          <Text span fw={600}>{t('inbox.whatHappened')}: </Text>
          {words.whatHappened}
        </Text>
        <Text size="sm">
          <Text span fw={600}>{t('inbox.nextStep')}: </Text>
          {words.nextStep}
        </Text>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            <time dateTime={item.occurredAt}>{t('inbox.occurredAt', { date: formatDate(item.occurredAt, i18n.language) })}</time>
          </Text>
          {!item.read && (
            <Button size="xs" variant="default" loading={markRead.isPending} onClick={() => markRead.mutate(item.notificationId)}>
              {t('inbox.markRead')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
