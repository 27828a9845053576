import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatNumber } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { ALLOCATION_STATUSES } from './allocation-list-search';

/** The committee home's way to its allocations: how many there are in each state, each a link to the list filtered by it. */
export function AllocationCounts() {
  const { t } = useTranslation('allocation-committee');
  // One page of one item per state: the API's total is the count.
  const counts = useQuery({
    queryKey: ['allocations', 'committee-counts'],
    // Read again each time the home opens: allocations change state without the committee (accounting, governance, the end date).
    staleTime: 0,
    queryFn: async () =>
      Promise.all(ALLOCATION_STATUSES.map(async (status) => ({ status, total: unwrap(await api.GET('/api/allocation/allocations', { params: { query: { status, page: 1, pageSize: 1 } } })).total }))),
  });
  return (
    <Card withBorder component="section" aria-labelledby="committee-allocations">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h3" id="committee-allocations">
            {t('home.allocations')}
          </Title>
          <Anchor component={Link} to="/allocation-committee/allocations">
            {t('home.allAllocations')}
          </Anchor>
        </Group>
        <QueryState query={counts}>
          {(list) => (
            <Group gap="xl">
              {list.map(({ status, total }) => (
                <Anchor key={status} component={Link} to="/allocation-committee/allocations" search={{ status } as never}>
                  {t('home.countOf', { status: t(`allocation.statuses.${status}`), count: total, formatted: formatNumber(total) })}
                </Anchor>
              ))}
            </Group>
          )}
        </QueryState>
        <Text size="sm" c="dimmed">
          {t('home.allocationsHint')}
        </Text>
      </Stack>
    </Card>
  );
}
