import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { daysSince, formatDate } from '../../components/format';
import { oldestFirst } from '../../components/oldest-first';
import { QueryState } from '../../components/QueryState';
import { WaitingList } from '../../components/WaitingList';
import { CaseStatusBadge } from './Dossier';

const inStatus = (status: 'in-review' | 'awaiting-decision') =>
  oldestFirst(async (page, pageSize) => unwrap(await api.GET('/api/ethics/cases', { params: { query: { status, page, pageSize } } })), 10);

/** `/ethics-chair`: cases to staff with reviewers (in review) and cases whose reviews are in (awaiting decision), the oldest first. */
export function ChairHome() {
  const { t } = useTranslation('ethics-chair');
  const waiting = useQuery({
    queryKey: ['ethics-cases', 'chair-waiting'],
    queryFn: async () => {
      const [review, decision] = await Promise.all([inStatus('in-review'), inStatus('awaiting-decision')]);
      const items = [...review.items, ...decision.items].sort((a, b) => a.openedAt.localeCompare(b.openedAt)).slice(0, 10);
      return { total: review.total + decision.total, items };
    },
  });
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('home.title')}
      </Title>
      <Text c="dimmed">{t('home.intro')}</Text>
      <QueryState query={waiting}>
        {(data) => (
          <WaitingList
            total={data.total}
            items={data.items}
            keyOf={(item) => item.caseId}
            render={(item) => (
              <Group justify="space-between">
                <div>
                  <Anchor component={Link} to={`/ethics-chair/cases/${item.caseId}`} fw={600}>
                    {item.organisationId}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t(`mode.${item.mode}`, { ns: 'translation' })} · {t('home.openedOn', { date: formatDate(item.openedAt), days: daysSince(item.openedAt) ?? 0 })} ·{' '}
                    {t('home.reviewsIn', { in: item.reviewsIn, required: item.reviewersRequired })}
                  </Text>
                </div>
                <CaseStatusBadge status={item.status} />
              </Group>
            )}
          />
        )}
      </QueryState>
    </Stack>
  );
}
