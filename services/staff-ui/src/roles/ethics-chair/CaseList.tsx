import { Anchor, Select, Stack, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '../../components/PagedTable';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../components/format';
import { CASE_STATUSES, type CaseSearch } from './case-search';
import { CaseStatusBadge } from './Dossier';

const PAGE_SIZE = 20;

/** `/ethics-chair/cases`: every case the chair may read, newest first, paginated by the API, filtered by status in the URL. */
export function CaseList({ search, onSearch }: { search: CaseSearch; onSearch: (next: CaseSearch) => void }) {
  const { t } = useTranslation('ethics-chair');
  const page = search.page ?? 1;
  const query = useQuery({
    queryKey: ['ethics-cases', 'list', search],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/ethics/cases', { params: { query: { page, pageSize: PAGE_SIZE, ...(search.status ? { status: search.status } : {}) } } })),
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('cases.title')}
      </Title>
      <Select
        label={t('cases.status')}
        placeholder={t('cases.anyStatus')}
        clearable
        maw={320}
        data={CASE_STATUSES.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))}
        value={search.status ?? null}
        onChange={(value) => onSearch(value ? { status: value as CaseSearch['status'] } : {})}
      />
      <PagedTable
        query={query}
        idAccessor="caseId"
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={(next) => onSearch({ ...search, page: next })}
        columns={[
          {
            accessor: 'caseId',
            title: t('cases.case'),
            render: (row) => (
              <Anchor component={Link} to={`/ethics-chair/cases/${row.caseId}`}>
                {row.caseId.slice(0, 8)}
              </Anchor>
            ),
          },
          { accessor: 'organisationId', title: t('cases.organisation') },
          { accessor: 'mode', title: t('cases.mode'), render: (row) => t(`mode.${row.mode}`, { ns: 'translation' }) },
          { accessor: 'status', title: t('cases.status'), render: (row) => <CaseStatusBadge status={row.status} /> },
          { accessor: 'reviewsIn', title: t('cases.reviews'), textAlign: 'right', render: (row) => `${row.reviewsIn} / ${row.reviewersRequired}` },
          { accessor: 'outcome', title: t('cases.outcome'), render: (row) => (row.outcome ? t(`outcome.${row.outcome}`) : '—') },
          { accessor: 'openedAt', title: t('cases.opened'), render: (row) => formatDate(row.openedAt) },
        ]}
      />
    </Stack>
  );
}
