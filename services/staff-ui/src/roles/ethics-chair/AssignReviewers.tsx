import 'mantine-datatable/styles.css';
import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap } from '../../api/client';
import { currentSession } from '../../auth/session';
import { QueryState } from '../../components/QueryState';
import { ProblemAlert } from '../../forms/ProblemAlert';
import type { EthicsCase } from './CasePage';
import { activeReviewers, reviewerOptions } from './reviewer-conflicts';

/** Registered reviewers as one list (the registry is small: a few dozen people). */
async function allReviewers() {
  const first = unwrap(await api.GET('/api/ethics/reviewers', { params: { query: { page: 1, pageSize: 100 } } }));
  const items = [...first.items];
  for (let page = 2; items.length < first.total && page <= 20; page++) {
    items.push(...unwrap(await api.GET('/api/ethics/reviewers', { params: { query: { page, pageSize: 100 } } })).items);
  }
  return items;
}

/** Every registered reviewer with the conflicts of interest known for this case; only those without one can be assigned. */
export function AssignReviewers({ kase, onAssigned }: { kase: EthicsCase; onAssigned: (kase: EthicsCase) => void }) {
  const { t } = useTranslation('ethics-chair');
  const reviewers = useQuery({ queryKey: ['ethics-reviewers'], queryFn: allReviewers });
  const [problems, setProblems] = useState<string[]>([]);
  const assign = useMutation({
    mutationFn: async (reviewerId: string) =>
      unwrap(await api.POST('/api/ethics/cases/{id}/assignments', { params: { path: { id: kase.caseId }, header: { 'If-Match': `"${kase.revision}"` } }, body: { reviewerId } })),
    onMutate: () => setProblems([]),
    onSuccess: (next, reviewerId) => {
      notifications.show({ color: 'green', message: t('assign.assigned', { reviewer: reviewerId }) });
      onAssigned(next);
    },
    onError: (error) => setProblems([problemOf(error)?.detail ?? error.message]),
  });
  const active = activeReviewers(kase);
  const open = kase.status === 'in-review';
  const enough = active >= kase.reviewersRequired;
  return (
    <Card withBorder component="section" aria-labelledby="assign-heading">
      <Stack>
        <Title order={2} size="h4" id="assign-heading">
          {t('assign.title')}
        </Title>
        <Text>{enough ? t('assign.enough') : t('assign.required', { active, required: kase.reviewersRequired })}</Text>
        {!open && <Alert color="gray">{t('assign.closed', { status: t(`caseStatus.${kase.status}`) })}</Alert>}
        {problems.length > 0 && <ProblemAlert messages={problems} />}
        <QueryState query={reviewers}>
          {(list) => (
            <DataTable
              withTableBorder
              striped
              records={reviewerOptions(list, kase, currentSession()?.userId ?? null)}
              idAccessor={(o) => o.reviewer.reviewerId}
              noRecordsText={t('assign.noReviewers')}
              columns={[
                { accessor: 'reviewer.reviewerId', title: t('assign.reviewer') },
                { accessor: 'reviewer.organisationId', title: t('assign.affiliation') },
                { accessor: 'reviewer.expertise', title: t('assign.expertise'), render: (o) => o.reviewer.expertise.join(', ') },
                {
                  accessor: 'conflicts',
                  title: t('assign.conflicts'),
                  render: (o) =>
                    o.conflicts.length === 0 ? (
                      <Text size="sm">{t('assign.noConflict')}</Text>
                    ) : (
                      <Group gap={4}>
                        {o.conflicts.map((c) => (
                          <Badge key={c} color={c === 'assigned' ? 'blue' : 'red'} variant="light" c="dark.8" style={{ textTransform: 'none', whiteSpace: 'normal', height: 'auto' }}>
                            {t(`assign.conflict.${c}`, { statement: o.statement ?? '' })}
                          </Badge>
                        ))}
                      </Group>
                    ),
                },
                {
                  accessor: 'actions',
                  title: t('assign.assign'),
                  textAlign: 'right',
                  render: (o) => (
                    <Button
                      size="xs"
                      disabled={!o.assignable || !open || enough}
                      loading={assign.isPending && assign.variables === o.reviewer.reviewerId}
                      aria-label={t('assign.assignLabel', { reviewer: o.reviewer.reviewerId })}
                      onClick={() => assign.mutate(o.reviewer.reviewerId)}
                    >
                      {t('assign.assign')}
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
