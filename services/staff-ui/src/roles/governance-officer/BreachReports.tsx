import { Anchor, Button, Card, Group, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap, type Schemas } from '../../api/client';
import { formatDate } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyProblem } from '../../forms/problem-to-form';
import { BreachBadge } from './badges';
import { BREACH_DECISION_FIELDS, breachDecisionValidators, toBreachDecision, type BreachDecisionValues } from './breach-decision';
import { BREACH_STATUSES, type BreachSearch } from './organisation-search';

const PAGE_SIZE = 10;

/** `/governance-officer/breaches`: breach reports, newest first, filtered by status in the URL; an open one is decided in place. */
export function BreachReports({ search, onSearch }: { search: BreachSearch; onSearch: (next: BreachSearch) => void }) {
  const { t } = useTranslation('governance-officer');
  const page = search.page ?? 1;
  const query = useQuery({
    queryKey: ['governance', 'breach-reports', search],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/governance/breach-reports', { params: { query: { page, pageSize: PAGE_SIZE, ...(search.status ? { status: search.status } : {}) } } })),
  });
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('breaches.title')}
      </Title>
      <Select
        label={t('breaches.status')}
        placeholder={t('breaches.anyStatus')}
        clearable
        maw={320}
        data={BREACH_STATUSES.map((s) => ({ value: s, label: t(`breachStatus.${s}`) }))}
        value={search.status ?? null}
        onChange={(value) => onSearch(value ? { status: value as BreachSearch['status'] } : {})}
      />
      <QueryState query={query}>
        {(data) => (
          <Stack>
            {data.items.length === 0 && <Text c="dimmed">{t('breaches.none')}</Text>}
            {data.items.map((report) => (
              <BreachReport key={report.reportId} report={report} />
            ))}
            {data.total > page * PAGE_SIZE && (
              <Group>
                <Button variant="default" onClick={() => onSearch({ ...search, page: page + 1 })}>
                  {t('common.next', { ns: 'translation' })}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function BreachReport({ report }: { report: Schemas['BreachReportView'] }) {
  const { t } = useTranslation('governance-officer');
  return (
    <Card withBorder component="article" aria-labelledby={`report-${report.reportId}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h5" id={`report-${report.reportId}`}>
            <Anchor component={Link} to={`/governance-officer/organisations/${report.organisationId}`}>
              {report.organisationId}
            </Anchor>
          </Title>
          <BreachBadge status={report.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('breaches.filed', { date: formatDate(report.filedAt), by: report.filedBy, role: t(`roles.${report.filedRole}`, { ns: 'translation', defaultValue: report.filedRole }) })}
        </Text>
        <Text>{report.description}</Text>
        {report.evidenceLinks.length > 0 && (
          <Text size="sm">
            {t('breaches.evidence')}:{' '}
            {report.evidenceLinks.map((link) => (
              <Anchor key={link} href={link} target="_blank" rel="noreferrer" mr="xs">
                {link}
              </Anchor>
            ))}
          </Text>
        )}
        {report.decision ? (
          <Text size="sm" fw={600}>
            {t('breaches.decidedBy', { decision: t(`breachStatus.${report.status}`), date: formatDate(report.decision.decidedAt), by: report.decision.decidedBy, note: report.decision.note })}
          </Text>
        ) : (
          <DecideReport report={report} />
        )}
      </Stack>
    </Card>
  );
}

function DecideReport({ report }: { report: Schemas['BreachReportView'] }) {
  const { t } = useTranslation('governance-officer');
  const queryClient = useQueryClient();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<BreachDecisionValues>({ mode: 'controlled', initialValues: { decision: '', note: '' }, validateInputOnChange: true, validate: breachDecisionValidators(t) });
  const decide = useMutation({
    mutationFn: async (values: BreachDecisionValues) =>
      unwrap(
        await api.POST('/api/governance/breach-reports/{reportId}/decision', {
          params: { path: { reportId: report.reportId }, header: { 'If-Match': `"${report.revision}"` } },
          body: toBreachDecision(values),
        }),
      ),
    onMutate: () => setUnmatched([]),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('breaches.decided') });
      void queryClient.invalidateQueries({ queryKey: ['governance'] });
    },
    onError: (error) => {
      const problem = problemOf(error);
      setUnmatched(problem ? applyProblem(form, problem, { fields: BREACH_DECISION_FIELDS }) : [error.message]);
    },
  });
  return (
    <form noValidate onSubmit={form.onSubmit((values) => decide.mutate(values))}>
      <Stack gap="xs">
        {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
        <Radio.Group label={t('breaches.decision')} withAsterisk key={form.key('decision')} {...form.getInputProps('decision')}>
          <Group mt="xs">
            <Radio value="confirmed" label={t('breaches.confirm')} />
            <Radio value="dismissed" label={t('breaches.dismiss')} />
          </Group>
        </Radio.Group>
        <Textarea label={t('breaches.note')} withAsterisk autosize minRows={2} key={form.key('note')} {...form.getInputProps('note')} />
        <Group>
          <Button type="submit" loading={decide.isPending}>
            {t('breaches.decide')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
