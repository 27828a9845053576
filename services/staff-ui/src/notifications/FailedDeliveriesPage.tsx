import { Badge, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { PagedTable } from '../components/PagedTable';
import { formatDateTime, outcomeColour } from './delivery-format';

type Delivery = Schemas['DeliveryView'];
const PAGE_SIZE = 20;

/** For programme staff: e-mails and webhooks given up after the last attempt, newest first, with every attempt's outcome. */
export function FailedDeliveriesPage({ page, onPage }: { page: number; onPage: (page: number) => void }) {
  const { t, i18n } = useTranslation('notifications');
  const failed = useQuery({
    queryKey: ['notifications', 'deliveries', 'failed', page],
    queryFn: async () => unwrap(await api.GET('/api/notifications/deliveries', { params: { query: { status: 'failed', page, pageSize: PAGE_SIZE } } })),
  });
  return (
    <Stack>
      <Title order={1}>{t('deliveries.failedTitle')}</Title>
      <Text>{t('deliveries.failedIntro')}</Text>
      <PagedTable<Delivery>
        query={failed}
        idAccessor="deliveryId"
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={onPage}
        columns={[
          { accessor: 'updatedAt', title: t('deliveries.failedAt'), render: (d) => formatDateTime(d.updatedAt, i18n.language) },
          { accessor: 'kind', title: t('deliveries.kind'), render: (d) => t(`kinds.${d.kind}`) },
          { accessor: 'channel', title: t('deliveries.channel'), render: (d) => t(`deliveries.channels.${d.channel}`) },
          { accessor: 'target', title: t('deliveries.target'), render: (d) => <Text size="xs" ff="monospace">{d.target}</Text> },
          { accessor: 'failureReason', title: t('deliveries.reason'), render: (d) => d.failureReason ?? '' },
          {
            accessor: 'attempts',
            title: t('deliveries.attempts'),
            render: (d) => (
              <List size="xs" listStyleType="none">
                {d.attempts.map((a) => (
                  <List.Item key={a.attempt}>
                    <Badge size="xs" variant="light" color={outcomeColour(a.outcome)}>{t(`deliveries.outcomes.${a.outcome}`)}</Badge> {t('deliveries.attemptLine', { attempt: a.attempt, at: formatDateTime(a.attemptedAt, i18n.language), status: a.status ?? '—', reason: a.reason ?? '' })}
                  </List.Item>
                ))}
              </List>
            ),
          },
        ]}
      />
    </Stack>
  );
}
