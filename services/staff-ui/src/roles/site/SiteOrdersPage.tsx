import { Alert, Button, Checkbox, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap, type Schemas } from '../../api/client';
import { formatDate, formatNumber } from '../../components/format';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { allPages } from '../../components/all-pages';
import { runEach } from '../../components/run-each';
import { ConfirmBulkModal } from '../allocation-committee/ConfirmBulkModal';

type Status = Schemas['SiteOrderStatus'];

/**
 * `/site/orders` and `/site/sites/$siteId/orders`: a site's provisioning orders; pending ones are
 * marked done in bulk after a confirmation listing them. Another site's list is refused by the
 * API (403), and the refusal is shown as it came.
 */
export function SiteOrdersPage({ siteId }: { siteId: string }) {
  const { t } = useTranslation('site');
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status | null>('pending');
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const query = useQuery({
    queryKey: ['site-orders', siteId, status],
    retry: false,
    queryFn: async () => allPages((page, pageSize) => api.GET('/api/allocation/sites/{siteId}/orders', { params: { path: { siteId }, query: { page, pageSize, ...(status ? { status } : {}) } } }).then(unwrap)),
  });
  const orders = query.data ?? [];
  const chosen = orders.filter((o) => selected.includes(o.orderId) && o.status === 'pending');
  const acknowledge = useMutation({
    mutationFn: () =>
      runEach(
        chosen,
        async (o) => unwrap(await api.POST('/api/allocation/sites/{siteId}/orders/{orderId}/acknowledgement', { params: { path: { siteId, orderId: o.orderId } }, body: { outcome: 'done', attempt: o.attempt } })),
        (o) => `${o.projectId} ${o.kind}`,
      ),
    onSuccess: (failures) => {
      setConfirming(false);
      setSelected([]);
      setProblems(failures);
      notifications.show({ color: failures.length ? 'orange' : 'green', message: t('orders.acknowledged', { count: chosen.length - failures.length }) });
      void queryClient.invalidateQueries({ queryKey: ['site-orders'] });
    },
  });
  const refused = query.isError ? problemOf(query.error) : null;
  return (
    <Stack maw={1200}>
      <Title order={1} size="h2">
        {t('orders.title', { siteId })}
      </Title>
      {problems.length > 0 && <ProblemAlert messages={problems} />}
      <Group align="flex-end">
        <Select
          label={t('orders.status')}
          data={(['pending', 'done', 'failed'] as const).map((value) => ({ value, label: t(`orders.statuses.${value}`) }))}
          value={status}
          onChange={(value) => {
            setStatus(value as Status | null);
            setSelected([]);
          }}
          clearable
          placeholder={t('common.all', { ns: 'translation' })}
        />
        <Button disabled={chosen.length === 0} onClick={() => setConfirming(true)}>
          {t('orders.acknowledgeSelected', { count: chosen.length })}
        </Button>
      </Group>
      {query.isError && (
        <Alert color="red" role="alert" title={t('orders.refused', { status: refused?.status ?? '', title: refused?.title ?? query.error.message })}>
          {refused?.detail && <Text>{t('orders.refusedDetail', { detail: refused.detail })}</Text>}
        </Alert>
      )}
      {query.isSuccess && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th>{t('orders.project')}</Table.Th>
              <Table.Th>{t('orders.kind')}</Table.Th>
              <Table.Th>{t('orders.system')}</Table.Th>
              <Table.Th>{t('orders.members')}</Table.Th>
              <Table.Th ta="right">{t('orders.gpuMinutes')}</Table.Th>
              <Table.Th>{t('orders.issued')}</Table.Th>
              <Table.Th>{t('orders.status')}</Table.Th>
              <Table.Th>{t('orders.error')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {orders.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={9}>{t('common.noRecords', { ns: 'translation' })}</Table.Td>
              </Table.Tr>
            )}
            {orders.map((o) => (
              <Table.Tr key={o.orderId} data-testid="site-order">
                <Table.Td>
                  {o.status === 'pending' && (
                    <Checkbox
                      aria-label={t('orders.select', { project: o.projectId, kind: t(`orders.kinds.${o.kind}`) })}
                      checked={selected.includes(o.orderId)}
                      onChange={(event) => {
                        // Read now: React clears currentTarget once the event is handled, before the updater runs.
                        const checked = event.currentTarget.checked;
                        setSelected((s) => (checked ? [...s, o.orderId] : s.filter((id) => id !== o.orderId)));
                      }}
                    />
                  )}
                </Table.Td>
                <Table.Td>{o.projectId}</Table.Td>
                <Table.Td>{t(`orders.kinds.${o.kind}`)}</Table.Td>
                <Table.Td>
                  {o.system} / {o.partition}
                </Table.Td>
                <Table.Td>{o.members.join(', ') || '—'}</Table.Td>
                <Table.Td ta="right">{formatNumber(o.gpuMinutes)}</Table.Td>
                <Table.Td>{formatDate(o.issuedAt)}</Table.Td>
                <Table.Td>{t(`orders.statuses.${o.status}`)}</Table.Td>
                <Table.Td>{o.lastError ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ConfirmBulkModal
        opened={confirming}
        title={t('orders.confirmTitle')}
        body={t('orders.confirmBody', { count: chosen.length })}
        items={chosen.map((o) => `${o.projectId} · ${t(`orders.kinds.${o.kind}`)} · ${o.system}`)}
        confirmLabel={t('orders.confirm')}
        loading={acknowledge.isPending}
        onConfirm={() => acknowledge.mutate()}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
