import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate, formatNumber } from '../../components/format';
import { ListFilters } from '../../components/ListFilters';
import { PagedTable } from '../../components/PagedTable';
import { ALLOCATION_MODES, ALLOCATION_STATUSES, allocationListQuery, withAllocationFilter, type AllocationListSearch } from './allocation-list-search';

const PAGE_SIZE = 20;
const COLOURS: Record<string, string> = { awarded: 'blue', active: 'green', suspended: 'red', closed: 'gray' };

/** `/allocation-committee/allocations`: every allocation, paginated by the API, filtered by what the URL says; each opens the committee's allocation page. */
export function AllocationsPage({ search, onSearch }: { search: AllocationListSearch; onSearch: (next: AllocationListSearch) => void }) {
  const { t } = useTranslation('allocation-committee');
  const query = useQuery({
    queryKey: ['allocations', 'committee-list', search],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/allocation/allocations', { params: { query: allocationListQuery(search, PAGE_SIZE) } })),
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('allocations.title')}
      </Title>
      <Text c="dimmed">{t('allocations.intro')}</Text>
      <ListFilters
        search={search}
        statuses={ALLOCATION_STATUSES.map((s) => ({ value: s, label: t(`allocation.statuses.${s}`) }))}
        modes={ALLOCATION_MODES.map((m) => ({ value: m, label: t(`mode.${m}`, { ns: 'translation' }) }))}
        labels={{
          status: t('allocations.status'),
          anyStatus: t('allocations.anyStatus'),
          mode: t('allocations.mode'),
          anyMode: t('allocations.anyMode'),
          organisation: t('allocations.organisation'),
          clear: t('allocations.clear'),
        }}
        onFilter={(change) => onSearch(withAllocationFilter(search, change))}
        onClear={() => onSearch({})}
      />
      <PagedTable
        query={query}
        idAccessor="allocationId"
        page={search.page ?? 1}
        pageSize={PAGE_SIZE}
        onPageChange={(next) => onSearch({ ...search, page: next })}
        columns={[
          {
            accessor: 'projectId',
            title: t('allocations.project'),
            render: (row) => (
              <Anchor component={Link} to={`/allocation-committee/allocations/${row.allocationId}`}>
                {row.projectId}
              </Anchor>
            ),
          },
          { accessor: 'organisationId', title: t('table.organisation', { ns: 'translation' }) },
          { accessor: 'mode', title: t('table.mode', { ns: 'translation' }), render: (row) => t(`mode.${row.mode}`, { ns: 'translation' }) },
          { accessor: 'system', title: t('table.system', { ns: 'translation' }), render: (row) => `${row.system} / ${row.partition}` },
          {
            accessor: 'gpuHours',
            title: t('table.gpuHours', { ns: 'translation' }),
            textAlign: 'right',
            render: (row) => (row.partial ? t('allocations.partial', { gpuHours: formatNumber(row.gpuHours) }) : formatNumber(row.gpuHours)),
          },
          { accessor: 'start', title: t('allocations.period'), noWrap: true, render: (row) => `${formatDate(row.start)} – ${formatDate(row.end)}` },
          {
            accessor: 'status',
            title: t('table.status', { ns: 'translation' }),
            // Wide enough for the badge's word (a narrow cell cuts it to "SUSPEN…").
            width: 240,
            render: (row) => (
              <Group gap={4} wrap="nowrap">
                <Badge color={COLOURS[row.status] ?? 'gray'} variant="light" autoContrast>
                  {t(`allocation.statuses.${row.status}`)}
                </Badge>
                {row.finalReportOverdue && (
                  <Badge color="orange" variant="light" autoContrast>
                    {t('allocations.reportOverdue')}
                  </Badge>
                )}
              </Group>
            ),
          },
        ]}
      />
    </Stack>
  );
}
