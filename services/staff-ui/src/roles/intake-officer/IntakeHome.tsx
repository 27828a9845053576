import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { daysSince, formatDate } from '../../components/format';
import { oldestFirst } from '../../components/oldest-first';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { WaitingList } from '../../components/WaitingList';

const inStatus = (status: 'submitted' | 'screening') =>
  oldestFirst(async (page, pageSize) => unwrap(await api.GET('/api/applications', { params: { query: { status, page, pageSize } } })), 10);

/** `/intake-officer`: applications waiting for screening (submitted or in screening), the oldest first. */
export function IntakeHome() {
  const { t } = useTranslation('intake-officer');
  const waiting = useQuery({
    queryKey: ['applications', 'intake-waiting'],
    queryFn: async () => {
      const [submitted, screening] = await Promise.all([inStatus('submitted'), inStatus('screening')]);
      const items = [...submitted.items, ...screening.items].sort((a, b) => (a.submittedAt ?? a.updatedAt).localeCompare(b.submittedAt ?? b.updatedAt)).slice(0, 10);
      return { total: submitted.total + screening.total, items };
    },
  });
  return (
    <Stack maw={960}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('home.title')}
        </Title>
        <Button component={Link} to="/intake-officer/queue" variant="light">
          {t('home.openQueue')}
        </Button>
      </Group>
      <Text c="dimmed">{t('home.intro')}</Text>
      <QueryState query={waiting}>
        {(data) => (
          <WaitingList
            total={data.total}
            items={data.items}
            keyOf={(item) => item.applicationId}
            render={(item) => (
              <Group justify="space-between">
                <div>
                  <Anchor component={Link} to={`/intake-officer/applications/${item.applicationId}`} fw={600}>
                    {item.title ?? item.applicationId}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {item.organisationId} · {item.mode ? t(`mode.${item.mode}`, { ns: 'translation' }) : '—'} ·{' '}
                    {t('home.waitingSince', { date: formatDate(item.submittedAt), days: daysSince(item.submittedAt) ?? 0 })}
                  </Text>
                </div>
                <StatusBadge status={item.status} />
              </Group>
            )}
          />
        )}
      </QueryState>
    </Stack>
  );
}
