import { Anchor, Stack, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ListFilters } from '../../components/ListFilters';
import { PagedTable } from '../../components/PagedTable';
import { api, unwrap } from '../../api/client';
import { daysSince, formatDate, formatNumber } from '../../components/format';
import { StatusBadge } from '../../components/StatusBadge';
import { MODES, QUEUE_STATUSES, withFilter, type QueueSearch } from './queue-search';

const PAGE_SIZE = 20;

/** `/intake-officer/queue`: every application to screen, paginated by the API, filtered by what the URL says. */
export function ScreeningQueue({ search, onSearch }: { search: QueueSearch; onSearch: (next: QueueSearch) => void }) {
  const { t } = useTranslation('intake-officer');
  const page = search.page ?? 1;
  const query = useQuery({
    queryKey: ['applications', 'queue', search],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/applications', {
          params: { query: { page, pageSize: PAGE_SIZE, ...(search.status ? { status: search.status } : {}), ...(search.mode ? { mode: search.mode } : {}), ...(search.organisationId ? { organisationId: search.organisationId } : {}) } },
        }),
      ),
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('queue.title')}
      </Title>
      <ListFilters
        search={search}
        statuses={QUEUE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`, { ns: 'translation' }) }))}
        modes={MODES.map((m) => ({ value: m, label: t(`mode.${m}`, { ns: 'translation' }) }))}
        labels={{
          status: t('queue.status'),
          anyStatus: t('queue.anyStatus'),
          mode: t('queue.mode'),
          anyMode: t('queue.anyMode'),
          organisation: t('queue.organisation'),
          clear: t('queue.clear'),
        }}
        onFilter={(change) => onSearch(withFilter(search, change))}
        onClear={() => onSearch({})}
      />
      <PagedTable
        query={query}
        idAccessor="applicationId"
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={(next) => onSearch({ ...search, page: next })}
        columns={[
          {
            accessor: 'title',
            title: t('table.title', { ns: 'translation' }),
            render: (row) => (
              <Anchor component={Link} to={`/intake-officer/applications/${row.applicationId}`}>
                {row.title ?? row.applicationId}
              </Anchor>
            ),
          },
          { accessor: 'organisationId', title: t('table.organisation', { ns: 'translation' }) },
          { accessor: 'status', title: t('table.status', { ns: 'translation' }), noWrap: true, render: (row) => <StatusBadge status={row.status} /> },
          { accessor: 'mode', title: t('table.mode', { ns: 'translation' }), render: (row) => (row.mode ? t(`mode.${row.mode}`, { ns: 'translation' }) : '—') },
          { accessor: 'system', title: t('table.system', { ns: 'translation' }), render: (row) => [row.system, row.partition].filter(Boolean).join(' / ') || '—' },
          { accessor: 'gpuHours', title: t('table.gpuHours', { ns: 'translation' }), textAlign: 'right', render: (row) => formatNumber(row.gpuHours) },
          { accessor: 'submittedAt', title: t('table.submittedAt', { ns: 'translation' }), render: (row) => formatDate(row.submittedAt) },
          { accessor: 'waiting', title: t('table.waitingDays', { ns: 'translation' }), textAlign: 'right', render: (row) => formatNumber(daysSince(row.submittedAt)) },
        ]}
      />
    </Stack>
  );
}
