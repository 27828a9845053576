import { Anchor } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate, formatNumber } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { AllocationStatusBadge } from './AllocationStatusBadge';

const PAGE_SIZE = 10;

/** The organisation's allocations (the API shows an applicant their organisation's only), with their state. */
export function AllocationsTable() {
  const { t } = useTranslation('applicant');
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['applicant-allocations', page],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/allocation/allocations', { params: { query: { page, pageSize: PAGE_SIZE } } })),
  });
  return (
    <PagedTable
      query={query}
      idAccessor="allocationId"
      page={page}
      pageSize={PAGE_SIZE}
      onPageChange={setPage}
      columns={[
        {
          accessor: 'projectId',
          title: t('allocations.project'),
          render: (row) => (
            <Anchor component={Link} to={`/applicant/allocations/${row.allocationId}`}>
              {row.projectId}
            </Anchor>
          ),
        },
        { accessor: 'status', title: t('table.status', { ns: 'translation' }), render: (row) => <AllocationStatusBadge status={row.status} /> },
        { accessor: 'system', title: t('allocations.where'), render: (row) => `${row.system} / ${row.partition}` },
        { accessor: 'gpuHours', title: t('table.gpuHours', { ns: 'translation' }), textAlign: 'right', render: (row) => formatNumber(row.gpuHours) },
        { accessor: 'end', title: t('allocations.end'), render: (row) => formatDate(row.end) },
      ]}
    />
  );
}
