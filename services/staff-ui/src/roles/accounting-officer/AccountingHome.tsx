import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../components/format';
import { oldestFirst } from '../../components/oldest-first';
import { QueryState } from '../../components/QueryState';
import { WaitingItem, WaitingQuery } from '../../components/WaitingList';
import { inView, type AllocationsView } from './allocations-search';
import { allBalances } from './balances-query';

/** `/accounting-officer`: flagged records waiting, the oldest first, and how many allocations have alerts, overuse or underuse. */
export function AccountingHome() {
  const { t } = useTranslation('accounting-officer');
  const waiting = useQuery({
    queryKey: ['accounting-unassigned', 'home'],
    queryFn: async () => oldestFirst(async (oldest) => unwrap(await api.GET('/api/accounting/unassigned-records', { params: { query: oldest } })), 10),
  });
  const balances = useQuery({ queryKey: ['accounting-balances'], queryFn: allBalances });
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('home.title')}
      </Title>
      <QueryState query={balances}>
        {(list) => (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {(['alerts', 'overuse', 'underuse'] as AllocationsView[]).map((view) => (
              <Card withBorder key={view}>
                <Text size="sm">{t(`home.${view}`)}</Text>
                <Group justify="space-between" align="baseline">
                  <Text fz="xl" fw={700}>
                    {list.filter((a) => inView(view, a)).length}
                  </Text>
                  <Anchor component={Link} to="/accounting-officer/allocations" search={{ view } as never} aria-label={`${t('home.show')}: ${t(`home.${view}`)}`}>
                    {t('home.show')}
                  </Anchor>
                </Group>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </QueryState>
      <Text c="dimmed">{t('home.intro')}</Text>
      <WaitingQuery
        query={waiting}
        keyOf={(r) => `${r.system}/${r.jobId}`}
        render={(r) => (
          <WaitingItem
            to="/accounting-officer/records"
            title={t('home.record', { jobId: r.jobId, system: r.system, partition: r.partition, account: r.account })}
            meta={t('home.received', { date: formatDate(r.receivedAt), reason: r.reason ? t(`records.reasons.${r.reason}`, { defaultValue: r.reason }) : '—' })}
          />
        )}
      />
    </Stack>
  );
}
