import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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
