import { Anchor, Badge, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate, formatNumber } from '../../components/format';
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
  // The organisation filter is typed: the URL follows once typing pauses, not at every key.
  const [organisation, setOrganisation] = useState(search.organisationId ?? '');
  const applyOrganisation = useDebouncedCallback((value: string) => onSearch(withAllocationFilter(search, { organisationId: value.trim() })), 400);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('allocations.title')}
      </Title>
      <Text c="dimmed">{t('allocations.intro')}</Text>
      <Group align="flex-end">
        <Select
          label={t('allocations.status')}
          placeholder={t('allocations.anyStatus')}
          clearable
          data={ALLOCATION_STATUSES.map((s) => ({ value: s, label: t(`allocation.statuses.${s}`) }))}
          value={search.status ?? null}
          onChange={(value) => onSearch(withAllocationFilter(search, { status: value }))}
        />
        <Select
          label={t('allocations.mode')}
          placeholder={t('allocations.anyMode')}
          clearable
          data={ALLOCATION_MODES.map((m) => ({ value: m, label: t(`mode.${m}`, { ns: 'translation' }) }))}
          value={search.mode ?? null}
          onChange={(value) => onSearch(withAllocationFilter(search, { mode: value }))}
        />
        <TextInput
          label={t('allocations.organisation')}
          value={organisation}
          onChange={(event) => {
            setOrganisation(event.currentTarget.value);
            applyOrganisation(event.currentTarget.value);
          }}
        />
        <Button
          variant="default"
          onClick={() => {
            setOrganisation('');
            onSearch({});
          }}
        >
          {t('allocations.clear')}
        </Button>
      </Group>
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
