import { Anchor, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate, formatNumber } from '../../components/format';
import { QueryState } from '../../components/QueryState';

/** `/allocation-committee/queue`: Playground and Fast Lane applications waiting for capacity, per partition, first come first served. */
export function QueuePage() {
  const { t } = useTranslation('allocation-committee');
  const query = useQuery({ queryKey: ['allocation-queues'], queryFn: async () => unwrap(await api.GET('/api/allocation/queue')) });
  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t('queue.title')}
      </Title>
      <Text c="dimmed">{t('queue.intro')}</Text>
      <QueryState query={query}>
        {({ queues }) =>
          queues.length === 0 ? (
            <Text>{t('queue.empty')}</Text>
          ) : (
            queues.map((q) => (
              <Card withBorder key={`${q.system}/${q.partition}`} component="section" aria-label={`${q.system} / ${q.partition}`}>
                <Title order={2} size="h4" mb="sm">
                  {q.system} / {q.partition}
                </Title>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('queue.position')}</Table.Th>
                      <Table.Th>{t('queue.application')}</Table.Th>
                      <Table.Th>{t('table.mode', { ns: 'translation' })}</Table.Th>
                      <Table.Th ta="right">{t('table.gpuHours', { ns: 'translation' })}</Table.Th>
                      <Table.Th>{t('queue.queuedAt')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {q.entries.map((e) => (
                      <Table.Tr key={e.applicationId}>
                        <Table.Td>{e.position}</Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={`/allocation-committee/applications/${e.applicationId}`}>
                            {e.organisationId} · {e.applicationId.slice(-8)}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{e.mode ? t(`mode.${e.mode}`, { ns: 'translation' }) : '—'}</Table.Td>
                        <Table.Td ta="right">{formatNumber(e.gpuHours)}</Table.Td>
                        <Table.Td>{formatDate(e.queuedAt)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Card>
            ))
          )
        }
      </QueryState>
    </Stack>
  );
}
