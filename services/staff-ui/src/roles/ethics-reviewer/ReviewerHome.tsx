import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { daysSince, formatDate } from '../../components/format';
import { oldestFirst } from '../../components/oldest-first';
import { QueryState } from '../../components/QueryState';
import { WaitingList } from '../../components/WaitingList';
import { CaseStatusBadge } from '../ethics-chair/Dossier';

/** `/ethics-reviewer`: the cases assigned to the reviewer still in review (the API gives a reviewer only their own), the oldest first. */
export function ReviewerHome() {
  const { t } = useTranslation('ethics-reviewer');
  const waiting = useQuery({
    queryKey: ['ethics-cases', 'reviewer-waiting'],
    queryFn: () => oldestFirst(async (page, pageSize) => unwrap(await api.GET('/api/ethics/cases', { params: { query: { assignedTo: 'me', status: 'in-review', page, pageSize } } })), 10),
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
                  <Anchor component={Link} to={`/ethics-reviewer/cases/${item.caseId}`} fw={600}>
                    {t('home.case', { id: item.caseId.slice(0, 8), organisation: item.organisationId })}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t(`mode.${item.mode}`, { ns: 'translation' })} · {t('home.openedOn', { date: formatDate(item.openedAt), days: daysSince(item.openedAt) ?? 0 })}
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
