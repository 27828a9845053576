import { Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap } from '../../api/client';
import { formatDate, formatNumber } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { allPages } from '../../components/all-pages';
import { ConfirmBulkModal } from '../allocation-committee/ConfirmBulkModal';

const REASONS = ['unknown-allocation', 'allocation-suspended', 'allocation-closed', 'system-mismatch', 'no-billing-rule'] as const;
type Reason = (typeof REASONS)[number];
/** How many records the confirmation names one by one before "and N more". */
const LISTED = 50;

/** `/accounting-officer/records`: job records kept but not charged, re-sent records with other figures, and the reassessment. */
export function FlaggedRecordsPage() {
  const { t } = useTranslation('accounting-officer');
  const queryClient = useQueryClient();
  const [reason, setReason] = useState<Reason | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const records = useQuery({
    queryKey: ['accounting-unassigned', reason],
    queryFn: async () => allPages((page, pageSize) => api.GET('/api/accounting/unassigned-records', { params: { query: { page, pageSize, ...(reason ? { reason } : {}) } } }).then(unwrap), 2000),
  });
  const conflicts = useQuery({ queryKey: ['accounting-conflicts'], queryFn: async () => unwrap(await api.GET('/api/accounting/record-conflicts', { params: { query: { page: 1, pageSize: 100 } } })) });
  const all = useQuery({ queryKey: ['accounting-unassigned', 'all'], enabled: confirming, queryFn: async () => allPages((page, pageSize) => api.GET('/api/accounting/unassigned-records', { params: { query: { page, pageSize } } }).then(unwrap), 20000) });
  const reassess = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/accounting/unassigned-records/reassess')),
    onMutate: () => setProblems([]),
    onSuccess: (report) => {
      setConfirming(false);
      notifications.show({ color: 'green', message: t('records.reassessed', { accepted: report.accepted }) });
      void queryClient.invalidateQueries({ queryKey: ['accounting-unassigned'] });
      void queryClient.invalidateQueries({ queryKey: ['accounting-balances'] });
    },
    onError: (error) => {
      setConfirming(false);
      setProblems([problemOf(error)?.detail ?? error.message]);
    },
  });
  const touched = all.data ?? [];
  const listed = touched.slice(0, LISTED).map((r) => `${r.system} / ${r.jobId} · ${r.account} · ${r.reason ? t(`records.reasons.${r.reason}`, { defaultValue: r.reason }) : '—'}`);
  if (touched.length > LISTED) listed.push(t('records.more', { count: touched.length - LISTED }));
  return (
    <Stack maw={1200}>
      <Title order={1} size="h2">
        {t('records.title')}
      </Title>
      {problems.length > 0 && <ProblemAlert messages={problems} />}
      <Group align="flex-end">
        <Select
          label={t('records.reason')}
          data={REASONS.map((value) => ({ value, label: t(`records.reasons.${value}`) }))}
          value={reason}
          onChange={(value) => setReason(value as Reason | null)}
          clearable
          placeholder={t('common.all', { ns: 'translation' })}
        />
        <Button onClick={() => setConfirming(true)} disabled={(records.data?.length ?? 0) === 0}>
          {t('records.reassess')}
        </Button>
      </Group>
      <QueryState query={records}>
        {(list) => (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('records.job')}</Table.Th>
                <Table.Th>{t('records.account')}</Table.Th>
                <Table.Th>{t('records.system')}</Table.Th>
                <Table.Th ta="right">{t('records.gpuHours')}</Table.Th>
                <Table.Th>{t('records.reason')}</Table.Th>
                <Table.Th>{t('records.received')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>{t('common.noRecords', { ns: 'translation' })}</Table.Td>
                </Table.Tr>
              )}
              {list.map((r) => (
                <Table.Tr key={`${r.system}/${r.jobId}`}>
                  <Table.Td>{r.jobId}</Table.Td>
                  <Table.Td>{r.account}</Table.Td>
                  <Table.Td>
                    {r.system} / {r.partition}
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(r.gpuHours)}</Table.Td>
                  <Table.Td>{r.reason ? t(`records.reasons.${r.reason}`, { defaultValue: r.reason }) : '—'}</Table.Td>
                  <Table.Td>{formatDate(r.receivedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      <Card withBorder component="section" aria-labelledby="conflicts-heading">
        <Title order={2} size="h4" id="conflicts-heading" mb="xs">
          {t('records.conflicts')}
        </Title>
        <QueryState query={conflicts}>
          {({ items }) =>
            items.length === 0 ? (
              <Text>{t('common.noRecords', { ns: 'translation' })}</Text>
            ) : (
              <Table>
                <Table.Tbody>
                  {items.map((c) => (
                    <Table.Tr key={`${c.importId}/${c.system}/${c.jobId}`}>
                      <Table.Td>
                        {c.system} / {c.jobId}
                      </Table.Td>
                      <Table.Td>{formatDate(c.receivedAt)}</Table.Td>
                      <Table.Td>{c.importId.slice(-8)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </Card>
      <ConfirmBulkModal
        opened={confirming}
        title={t('records.confirmTitle')}
        body={t('records.confirmBody', { count: touched.length })}
        items={all.isSuccess ? listed : [t('common.loading', { ns: 'translation' })]}
        confirmLabel={t('records.confirm')}
        loading={reassess.isPending || all.isPending}
        onConfirm={() => reassess.mutate()}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
