import { Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap } from '../../api/client';
import { formatDate, formatNumber } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyProblem } from '../../forms/problem-to-form';
import { ASSESSMENT_FIELDS, assessmentValidators, toAssessment, type AssessmentFormValues } from './assessment-form';

/** `/technical-assessor/applications/$applicationId`: the request on the site's system, and the assessment. */
export function AssessmentPage({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation('technical-assessor');
  const query = useQuery({
    queryKey: ['allocation-application', applicationId],
    queryFn: async () => unwrap(await api.GET('/api/allocation/applications/{id}', { params: { path: { id: applicationId } } })),
  });
  return (
    <QueryState query={query}>
      {(a) => (
        <Stack maw={900}>
          <Title order={1} size="h2">
            {t('assess.title')} · {a.applicationId.slice(-8)}
          </Title>
          <Text c="dimmed">{t('assess.organisation', { id: a.organisationId })}</Text>
          {a.request && (
            <Card withBorder>
              <Text>{t('assess.request', { gpuHours: formatNumber(a.request.gpuHours), months: a.request.durationMonths, system: a.request.system, partition: a.request.partition, start: formatDate(a.request.start) })}</Text>
              <Text size="sm" c="dimmed">
                {t('assess.monthlyPlan', { plan: a.request.monthlyUsagePlan.map((n) => formatNumber(n)).join(' · ') })}
              </Text>
            </Card>
          )}
          {a.technicalAssessment ? (
            <Card withBorder>
              <Text fw={600}>{t('assess.done', { outcome: t(`assess.outcomes.${a.technicalAssessment.outcome}`) })}</Text>
              {a.technicalAssessment.remarks && <Text>{t('assess.doneRemarks', { remarks: a.technicalAssessment.remarks })}</Text>}
            </Card>
          ) : (
            <AssessmentForm applicationId={applicationId} revision={a.revision} />
          )}
        </Stack>
      )}
    </QueryState>
  );
}

function AssessmentForm({ applicationId, revision }: { applicationId: string; revision: number }) {
  const { t } = useTranslation('technical-assessor');
  const queryClient = useQueryClient();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<AssessmentFormValues>({ mode: 'controlled', initialValues: { outcome: 'accepted', remarks: '' }, validateInputOnChange: true, validate: assessmentValidators(t('assess.remarksRequired')) });
  const save = useMutation({
    mutationFn: async (values: AssessmentFormValues) =>
      unwrap(await api.POST('/api/allocation/applications/{id}/technical-assessment', { params: { path: { id: applicationId }, header: { 'If-Match': `"${revision}"` } }, body: toAssessment(values) })),
    onMutate: () => setUnmatched([]),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('assess.saved') });
      void queryClient.invalidateQueries({ queryKey: ['allocation-application', applicationId] });
      void queryClient.invalidateQueries({ queryKey: ['allocation-applications'] });
    },
    onError: (error) => {
      const problem = problemOf(error);
      setUnmatched(problem ? applyProblem(form, problem, { fields: ASSESSMENT_FIELDS }) : [error.message]);
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="assessment-heading">
      <form noValidate onSubmit={form.onSubmit((values) => save.mutate(values))}>
        <Stack>
          <Title order={2} size="h4" id="assessment-heading">
            {t('assess.outcome')}
          </Title>
          {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
          <Radio.Group label={t('assess.outcome')} key={form.key('outcome')} {...form.getInputProps('outcome')}>
            <Stack mt="xs" gap="xs">
              {(['accepted', 'accepted-with-remarks', 'rejected'] as const).map((o) => (
                <Radio key={o} value={o} label={t(`assess.outcomes.${o}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea label={t('assess.remarks')} description={t('assess.remarksHint')} autosize minRows={3} key={form.key('remarks')} {...form.getInputProps('remarks')} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('assess.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
