import { Anchor, Button, Chip, Group, Select, Stack, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '../../components/PagedTable';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../components/format';
import { DueBadge, PledgeBadge } from './badges';
import { FLAGS, PLEDGE_STATUSES, withOrganisationFilter, type OrganisationSearch } from './organisation-search';

const PAGE_SIZE = 20;

/** `/governance-officer/organisations`: every organisation's pledge, paginated by the API, filtered as the URL says. */
export function OrganisationsList({ search, onSearch }: { search: OrganisationSearch; onSearch: (next: OrganisationSearch) => void }) {
  const { t } = useTranslation('governance-officer');
  const page = search.page ?? 1;
  const query = useQuery({
    queryKey: ['governance', 'organisations', search],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/governance/organisations', {
          params: { query: { ...search, page, pageSize: PAGE_SIZE } },
        }),
      ),
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('organisations.title')}
      </Title>
      <Group align="flex-end">
        <Select
          label={t('organisations.status')}
          placeholder={t('organisations.anyStatus')}
          clearable
          data={PLEDGE_STATUSES.map((s) => ({ value: s, label: t(`pledgeStatus.${s}`) }))}
          value={search.status ?? null}
          onChange={(value) => onSearch(withOrganisationFilter(search, { status: value }))}
        />
        <Chip.Group multiple value={FLAGS.filter((f) => search[f])} onChange={(flags) => onSearch(withOrganisationFilter(search, { flags }))}>
          <Group gap="xs" role="group" aria-label={t('organisations.flags')}>
            {FLAGS.map((f) => (
              <Chip key={f} value={f}>
                {t(`organisations.${f}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Button variant="default" onClick={() => onSearch({})}>
          {t('organisations.clear')}
        </Button>
      </Group>
      <PagedTable
        query={query}
        idAccessor="organisationId"
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={(next) => onSearch({ ...search, page: next })}
        columns={[
          {
            accessor: 'organisationId',
            title: t('organisations.organisation'),
            render: (row) => (
              <Anchor component={Link} to={`/governance-officer/organisations/${row.organisationId}`}>
                {row.legalName ?? row.organisationId}
              </Anchor>
            ),
          },
          { accessor: 'status', title: t('organisations.status'), render: (row) => <PledgeBadge status={row.status} /> },
          { accessor: 'signedVersion', title: t('organisations.signedVersion'), textAlign: 'right', render: (row) => row.signedVersion ?? '—' },
          {
            accessor: 'nextAttestationDue',
            title: t('organisations.nextAttestation'),
            render: (row) => (
              <Group gap="xs">
                {formatDate(row.nextAttestationDue)}
                {row.attestationOverdue && <DueBadge due="overdue" />}
              </Group>
            ),
          },
          { accessor: 'openObligations', title: t('organisations.obligations'), textAlign: 'right', render: (row) => `${row.openObligations} / ${row.overdueObligations}` },
          { accessor: 'openBreaches', title: t('organisations.breaches'), textAlign: 'right' },
          { accessor: 'suspended', title: t('organisations.suspended'), render: (row) => (row.suspended ? t('organisations.suspended') : '—') },
        ]}
      />
    </Stack>
  );
}
