import { Anchor, Badge, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { currentSession } from '../auth/session';
import { PagedTable } from '../components/PagedTable';
import { formatDateTime, outcomeColour } from './delivery-format';
import { endpointListPathFor } from './webhook-form';

type Row = Schemas['WebhookDeliveryAttemptView'] & { rowId: string };
const PAGE_SIZE = 20;

/** One endpoint's delivery log, newest first: every attempt with its outcome, the receiver's status and why it failed. */
export function WebhookDeliveriesPage({ endpointId, page, onPage }: { endpointId: string; page: number; onPage: (page: number) => void }) {
  const { t, i18n } = useTranslation('notifications');
  const endpoint = useQuery({ queryKey: ['notifications', 'webhooks', endpointId], queryFn: async () => unwrap(await api.GET('/api/notifications/webhooks/{id}', { params: { path: { id: endpointId } } })) });
  const attempts = useQuery({
    queryKey: ['notifications', 'webhooks', endpointId, 'deliveries', page],
    queryFn: async () => unwrap(await api.GET('/api/notifications/webhooks/{id}/deliveries', { params: { path: { id: endpointId }, query: { page, pageSize: PAGE_SIZE } } })),
    // Each attempt is a row: a delivery's id with its attempt number.
    select: (data) => ({ ...data, items: data.items.map((a): Row => ({ ...a, rowId: `${a.deliveryId}-${a.attempt}` })) }),
  });
  const back = endpoint.data ? endpointListPathFor(currentSession(), endpoint.data) : null;
  return (
    <Stack>
      {back && (
        <Anchor component={Link} to={back} size="sm">
          {t(back === '/notifications/webhooks' ? 'webhooks.back' : 'webhooks.backToOrganisation')}
        </Anchor>
      )}
      <Title order={1}>{t('webhooks.logTitle')}</Title>
      {endpoint.data && <Text style={{ wordBreak: 'break-all' }}>{endpoint.data.url}</Text>}
      <PagedTable<Row>
        query={attempts}
        idAccessor="rowId"
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={onPage}
        columns={[
          { accessor: 'attemptedAt', title: t('deliveries.attemptedAt'), render: (a) => formatDateTime(a.attemptedAt, i18n.language) },
          { accessor: 'kind', title: t('deliveries.kind'), render: (a) => t(`kinds.${a.kind}`) },
          { accessor: 'attempt', title: t('deliveries.attempt') },
          { accessor: 'outcome', title: t('deliveries.outcome'), render: (a) => <Badge variant="light" color={outcomeColour(a.outcome, a.failed)}>{t(`deliveries.outcomes.${a.failed ? 'failed' : a.outcome}`)}</Badge> },
          { accessor: 'status', title: t('deliveries.status'), render: (a) => a.status ?? '—' },
          { accessor: 'reason', title: t('deliveries.reason'), render: (a) => a.reason ?? '' },
          { accessor: 'nextAttemptAt', title: t('deliveries.nextAttemptAt'), render: (a) => (a.nextAttemptAt ? formatDateTime(a.nextAttemptAt, i18n.language) : '') },
          { accessor: 'deliveryId', title: t('deliveries.webhookId'), render: (a) => <Text size="xs" ff="monospace">{a.deliveryId}</Text> },
        ]}
      />
    </Stack>
  );
}
