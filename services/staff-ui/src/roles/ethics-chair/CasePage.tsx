import { Alert, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap, type Schemas } from '../../api/client';
import { formatDate } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { AssignReviewers } from './AssignReviewers';
import { CaseDecision } from './CaseDecision';
import { CaseStatusBadge, Dossier } from './Dossier';
import { ReviewsSideBySide } from './ReviewsSideBySide';

export type EthicsCase = Schemas['EthicsCaseView'];

/** Fetches a case with its revision (the ETag), which every command on it sends back as If-Match. */
export async function fetchCase(caseId: string): Promise<EthicsCase> {
  return unwrap(await api.GET('/api/ethics/cases/{id}', { params: { path: { id: caseId } } }));
}

/** `/ethics-chair/cases/$caseId`: the dossier, the reviewers with their conflicts, the assignments, the reviews side by side and the decision. */
export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('ethics-chair');
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['ethics-case', caseId], queryFn: () => fetchCase(caseId), retry: false });
  const refresh = (kase: EthicsCase) => {
    queryClient.setQueryData(['ethics-case', caseId], kase);
    void queryClient.invalidateQueries({ queryKey: ['ethics-cases'] });
  };
  const problem = problemOf(query.error);
  if (problem?.status === 403) return <Alert color="red">{t('case.ownOrganisation')}</Alert>;
  if (problem?.status === 404) return <Alert color="red">{t('case.notFound', { id: caseId })}</Alert>;
  return (
    <QueryState query={query}>
      {(kase) => (
        <Stack maw={1100}>
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={1} size="h2">
                {t('case.title', { organisation: kase.organisationId })}
              </Title>
              <Text c="dimmed">{t('case.subtitle', { mode: t(`mode.${kase.mode}`, { ns: 'translation' }), date: formatDate(kase.openedAt), id: kase.caseId })}</Text>
            </div>
            <CaseStatusBadge status={kase.status} />
          </Group>
          {kase.dossier && (
            <Card withBorder component="section">
              <Dossier dossier={kase.dossier} />
            </Card>
          )}
          <AssignReviewers kase={kase} onAssigned={refresh} />
          <Assignments kase={kase} />
          <ReviewsSideBySide kase={kase} />
          <CaseDecision kase={kase} onDecided={refresh} />
        </Stack>
      )}
    </QueryState>
  );
}

function Assignments({ kase }: { kase: EthicsCase }) {
  const { t } = useTranslation('ethics-chair');
  const assignments = kase.assignments ?? [];
  const reviewed = new Set((kase.reviews ?? []).map((r) => r.reviewerId));
  return (
    <Card withBorder component="section" aria-labelledby="assignments-heading">
      <Title order={2} size="h4" id="assignments-heading" mb="sm">
        {t('assignments.title')}
      </Title>
      {assignments.length === 0 ? (
        <Text c="dimmed">{t('assignments.none')}</Text>
      ) : (
        <List spacing="sm" listStyleType="none" m={0} p={0}>
          {assignments.map((a) => (
            <List.Item key={a.reviewerId}>
              <Group gap="xs">
                <Text fw={600}>{a.reviewerId}</Text>
                <Text c="dimmed" size="sm">
                  ({a.reviewerOrganisationId})
                </Text>
                {a.overdue && !reviewed.has(a.reviewerId ?? '') && (
                  <Badge color="red" variant="light" c="dark.8">
                    {t('assignments.overdue')}
                  </Badge>
                )}
                {reviewed.has(a.reviewerId ?? '') && (
                  <Badge color="green" variant="light" c="dark.8">
                    {t('assignments.reviewed')}
                  </Badge>
                )}
              </Group>
              <Text size="sm">{t('assignments.assignedOn', { date: formatDate(a.assignedAt), due: formatDate(a.reviewDueAt) })}</Text>
              <Text size="sm" c={a.declaration?.conflict ? 'red.8' : undefined}>
                {a.declaration === null
                  ? t('assignments.notDeclared')
                  : a.declaration.conflict
                    ? t('assignments.declaredConflict', { statement: a.declaration.statement })
                    : t('assignments.declaredNone', { statement: a.declaration.statement })}
              </Text>
              {a.endedAt && <Text size="sm" c="dimmed">{t('assignments.ended', { date: formatDate(a.endedAt) })}</Text>}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
