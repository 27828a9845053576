import { Anchor, Chip, Group, Select, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { DueBadge } from './badges';
import { obligationStatus } from './due-status';
import { OBLIGATION_STATUSES, obligationQuery, type ObligationSearch } from './obligation-search';

const PAGE_SIZE = 20;

/**
 * `/governance-officer/obligations`: obligations across organisations, the soonest due first,
 * filtered in the URL (evidence to judge, overdue). Each leads to its organisation, where it is acted on.
 */
export function ObligationsList({ search, onSearch }: { search: ObligationSearch; onSearch: (next: ObligationSearch) => void }) {
  const { t } = useTranslation('governance-officer');
  const query = useQuery({
    queryKey: ['governance', 'obligations', search],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/governance/obligations', { params: { query: obligationQuery(search, PAGE_SIZE) } })),
  });
  const now = new Date();
  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t('obligations.title')}
      </Title>
      <Text c="dimmed">{t('obligations.intro')}</Text>
      <Group align="flex-end">
        <Select
          label={t('obligations.status')}
          placeholder={t('obligations.anyStatus')}
          clearable
          maw={280}
          data={OBLIGATION_STATUSES.map((s) => ({ value: s, label: t(`obligations.statuses.${s}`) }))}
          value={search.status ?? null}
          onChange={(value) => onSearch({ ...(value ? { status: value as ObligationSearch['status'] } : {}), ...(search.overdue ? { overdue: true } : {}) })}
        />
        <Chip checked={search.overdue === true} onChange={(checked) => onSearch({ ...(search.status ? { status: search.status } : {}), ...(checked ? { overdue: true } : {}) })}>
          {t('obligations.overdueOnly')}
        </Chip>
      </Group>
      <PagedTable
        query={query}
        idAccessor="obligationId"
        page={search.page ?? 1}
        pageSize={PAGE_SIZE}
        onPageChange={(page) => onSearch({ ...search, page })}
        columns={[
          {
            accessor: 'organisationId',
            title: t('organisations.organisation'),
            render: (o) => (
              <Anchor component={Link} to={`/governance-officer/organisations/${o.organisationId}`}>
                {o.legalName ?? o.organisationId}
              </Anchor>
            ),
          },
          { accessor: 'text', title: t('organisation.obligation') },
          { accessor: 'dueAt', title: t('organisation.dueDate'), render: (o) => formatDate(o.dueAt) },
          { accessor: 'status', title: t('organisation.state'), render: (o) => <DueBadge due={obligationStatus(o, now)} /> },
          { accessor: 'evidenceSubmittedAt', title: t('obligations.evidenceIn'), render: (o) => (o.evidenceSubmittedAt ? formatDate(o.evidenceSubmittedAt) : '—') },
        ]}
      />
    </Stack>
  );
}
