import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from './QueryState';

/** A role home's heading: "N waiting for you", then the items, oldest first. */
export function WaitingList<T>({ total, items, render, keyOf }: { total: number; items: T[]; render: (item: T) => ReactNode; keyOf: (item: T) => string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {total === 0 ? t('common.nothingWaiting') : t('common.waiting', { count: total })}
        </Title>
        {total > 0 && (
          <Text size="sm" c="dimmed">
            {t('common.oldestFirst')}
          </Text>
        )}
      </Group>
      {items.map((item) => (
        <Card key={keyOf(item)} withBorder padding="sm">
          {render(item)}
        </Card>
      ))}
    </Stack>
  );
}

/** A home's waiting list straight from its query: loading and errors as every screen shows them. */
export function WaitingQuery<T>({ query, render, keyOf }: { query: UseQueryResult<{ total: number; items: T[] }>; render: (item: T) => ReactNode; keyOf: (item: T) => string }) {
  return <QueryState query={query}>{(data) => <WaitingList total={data.total} items={data.items} keyOf={keyOf} render={render} />}</QueryState>;
}

/** One thing waiting: a link to where it is done, what it is and since when, and its state. */
export function WaitingItem({ to, search, title, meta, badge }: { to: string; search?: Record<string, unknown>; title: ReactNode; meta: ReactNode; badge?: ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <div>
        <Anchor component={Link} to={to} search={search as never} fw={600}>
          {title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {meta}
        </Text>
      </div>
      {badge}
    </Group>
  );
}

/** A role's home that is its waiting list: the title, what the role does here, then what waits, oldest first. */
export function WaitingHome<T>({ title, intro, ...list }: { title: string; intro: string } & Parameters<typeof WaitingQuery<T>>[0]) {
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text c="dimmed">{intro}</Text>
      <WaitingQuery {...list} />
    </Stack>
  );
}
