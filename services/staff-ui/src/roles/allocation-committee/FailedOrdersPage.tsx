import { Button, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { allPages } from '../../components/all-pages';
import { runEach } from '../../components/run-each';
import { ConfirmBulkModal } from './ConfirmBulkModal';

/** `/allocation-committee/site-orders`: failed orders of every site; several retried at once after a confirmation listing them. */
export function FailedOrdersPage() {
  const { t } = useTranslation('allocation-committee');
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const query = useQuery({
    queryKey: ['site-orders', 'failed'],
    queryFn: async () => allPages((page, pageSize) => api.GET('/api/allocation/site-orders', { params: { query: { status: 'failed', page, pageSize } } }).then(unwrap)),
  });
  const orders = query.data ?? [];
  const chosen = orders.filter((o) => selected.includes(o.orderId));
  const retry = useMutation({
    mutationFn: () =>
      runEach(
        chosen,
        async (o) => unwrap(await api.POST('/api/allocation/sites/{siteId}/orders/{orderId}/retry', { params: { path: { siteId: o.siteId, orderId: o.orderId } } })),
        (o) => `${o.projectId} ${o.kind}`,
      ),
    onSuccess: (failures) => {
      setConfirming(false);
      setSelected([]);
      setProblems(failures);
      notifications.show({ color: failures.length ? 'orange' : 'green', message: t('orders.done', { count: chosen.length - failures.length }) });
      void queryClient.invalidateQueries({ queryKey: ['site-orders'] });
    },
  });
  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t('orders.title')}
      </Title>
      <Text c="dimmed">{t('orders.intro')}</Text>
      {problems.length > 0 && <ProblemAlert messages={problems} />}
      <QueryState query={query}>
        {(list) => (
          <>
            <Group>
              <Button disabled={chosen.length === 0} onClick={() => setConfirming(true)}>
                {t('orders.retrySelected', { count: chosen.length })}
              </Button>
            </Group>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  <Table.Th>{t('orders.project')}</Table.Th>
                  <Table.Th>{t('orders.kind')}</Table.Th>
                  <Table.Th>{t('orders.site')}</Table.Th>
                  <Table.Th>{t('orders.issued')}</Table.Th>
                  <Table.Th>{t('orders.error')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>{t('common.noRecords', { ns: 'translation' })}</Table.Td>
                  </Table.Tr>
                )}
                {list.map((o) => (
                  <Table.Tr key={o.orderId}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('orders.select', { project: o.projectId, kind: o.kind })}
                        checked={selected.includes(o.orderId)}
                        onChange={(event) => {
                        // Read now: React clears currentTarget once the event is handled, before the updater runs.
                        const checked = event.currentTarget.checked;
                        setSelected((s) => (checked ? [...s, o.orderId] : s.filter((id) => id !== o.orderId)));
                      }}
                      />
                    </Table.Td>
                    <Table.Td>{o.projectId}</Table.Td>
                    <Table.Td>{o.kind}</Table.Td>
                    <Table.Td>{o.siteId}</Table.Td>
                    <Table.Td>{formatDate(o.issuedAt)}</Table.Td>
                    <Table.Td>{o.lastError ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </QueryState>
      <ConfirmBulkModal
        opened={confirming}
        title={t('orders.confirmTitle')}
        body={t('orders.confirmBody', { count: chosen.length })}
        items={chosen.map((o) => `${o.projectId} · ${o.kind} · ${o.siteId}`)}
        confirmLabel={t('orders.confirm')}
        loading={retry.isPending}
        onConfirm={() => retry.mutate()}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
