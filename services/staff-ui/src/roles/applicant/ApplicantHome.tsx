import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate, formatNumber } from '../../components/format';
import { mergeOldest } from '../../components/oldest-first';
import { PagedTable } from '../../components/PagedTable';
import { StatusBadge } from '../../components/StatusBadge';
import { WaitingItem, WaitingQuery } from '../../components/WaitingList';
import { AllocationsTable } from './AllocationsTable';
import { waitingInStatus } from './applicant-queries';
import { OrganisationTodo } from './OrganisationTodo';

const PAGE_SIZE = 10;

/** `/applicant`: drafts to finish and questions to answer (oldest first), then every application. */
export function ApplicantHome() {
  const { t } = useTranslation('applicant');
  const waiting = useQuery({
    queryKey: ['applications', 'applicant-waiting'],
    queryFn: async () => {
      const [intake, ethics, drafts] = await Promise.all([waitingInStatus('information-requested'), waitingInStatus('ethics-information-requested'), waitingInStatus('draft')]);
      // Questions first (someone waits on the answer), the oldest first; a draft waits only on the applicant.
      const questions = mergeOldest([intake, ethics], (item) => item.updatedAt);
      return { total: questions.total + drafts.total, items: [...questions.items, ...drafts.items] };
    },
  });
  const [page, setPage] = useState(1);
  const all = useQuery({
    queryKey: ['applications', 'applicant-all', page],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/applications', { params: { query: { page, pageSize: PAGE_SIZE } } })),
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('home.title')}
        </Title>
        <Button component={Link} to="/applicant/applications/new">
          {t('home.start')}
        </Button>
      </Group>
      <Text c="dimmed">{t('home.intro')}</Text>
      <OrganisationTodo />
      <WaitingQuery
        query={waiting}
        keyOf={(item) => item.applicationId}
        render={(item) => (
          <WaitingItem
            to={item.status === 'draft' ? `/applicant/applications/${item.applicationId}/edit` : `/applicant/applications/${item.applicationId}`}
            title={item.title ?? item.applicationId}
            meta={`${t(`home.waiting.${item.status}`)} · ${formatDate(item.updatedAt)}`}
            badge={<StatusBadge status={item.status} />}
          />
        )}
      />
      <Title order={2} size="h3" mt="lg">
        {t('home.all')}
      </Title>
      <PagedTable
        query={all}
        idAccessor="applicationId"
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
        minHeight={160}
        columns={[
          {
            accessor: 'title',
            title: t('table.title', { ns: 'translation' }),
            render: (row) => (
              <Anchor component={Link} to={`/applicant/applications/${row.applicationId}`}>
                {row.title ?? row.applicationId}
              </Anchor>
            ),
          },
          { accessor: 'status', title: t('table.status', { ns: 'translation' }), noWrap: true, render: (row) => <StatusBadge status={row.status} /> },
          { accessor: 'mode', title: t('table.mode', { ns: 'translation' }), render: (row) => (row.mode ? t(`mode.${row.mode}`, { ns: 'translation' }) : '—') },
          { accessor: 'gpuHours', title: t('table.gpuHours', { ns: 'translation' }), textAlign: 'right', render: (row) => formatNumber(row.gpuHours) },
          { accessor: 'updatedAt', title: t('table.updatedAt', { ns: 'translation' }), render: (row) => formatDate(row.updatedAt) },
        ]}
      />
      <Title order={2} size="h3" mt="lg">
        {t('home.allocations')}
      </Title>
      <AllocationsTable />
    </Stack>
  );
}
