import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { daysSince, formatDate } from '../../components/format';
import { mergeOldest, oldestFirst } from '../../components/oldest-first';
import { StatusBadge } from '../../components/StatusBadge';
import { WaitingItem, WaitingQuery } from '../../components/WaitingList';

const inStatus = (status: 'submitted' | 'screening') =>
  oldestFirst(async (oldest) => unwrap(await api.GET('/api/applications', { params: { query: { status, ...oldest } } })), 10);

/** `/intake-officer`: applications waiting for screening (submitted or in screening), the oldest first. */
export function IntakeHome() {
  const { t } = useTranslation('intake-officer');
  const waiting = useQuery({
    queryKey: ['applications', 'intake-waiting'],
    queryFn: async () => mergeOldest(await Promise.all([inStatus('submitted'), inStatus('screening')]), (item) => item.submittedAt ?? item.updatedAt),
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
      <WaitingQuery
        query={waiting}
        keyOf={(item) => item.applicationId}
        render={(item) => (
          <WaitingItem
            to={`/intake-officer/applications/${item.applicationId}`}
            title={item.title ?? item.applicationId}
            meta={`${item.organisationId} · ${item.mode ? t(`mode.${item.mode}`, { ns: 'translation' }) : '—'} · ${t('home.waitingSince', { date: formatDate(item.submittedAt), days: daysSince(item.submittedAt) ?? 0 })}`}
            badge={<StatusBadge status={item.status} />}
          />
        )}
      />
    </Stack>
  );
}
