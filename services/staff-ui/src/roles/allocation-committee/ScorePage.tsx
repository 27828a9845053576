import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
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
import { SCORE_FIELDS, scoreValidators, weighted, type ScoreFormValues } from './score-form';

/** `/allocation-committee/applications/$applicationId`: the application as allocation sees it, and its peer-review scores (Large Scale). */
export function ScorePage({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation('allocation-committee');
  const query = useQuery({
    queryKey: ['allocation-application', applicationId],
    queryFn: async () => {
      const [application, configuration] = await Promise.all([
        api.GET('/api/allocation/applications/{id}', { params: { path: { id: applicationId } } }).then(unwrap),
        api.GET('/api/allocation/configuration').then(unwrap),
      ]);
      return { application, weights: configuration.scoring.weights };
    },
  });
  return (
    <QueryState query={query}>
      {({ application, weights }) => (
        <Stack maw={900}>
          <Title order={1} size="h2">
            {t('score.title')} · {application.applicationId.slice(-8)}
          </Title>
          <Text c="dimmed">{t('score.organisation', { id: application.organisationId })}</Text>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              {t('score.request')}
            </Title>
            {application.request && (
              <Text>
                {application.mode ? t(`mode.${application.mode}`, { ns: 'translation' }) : '—'} · {formatNumber(application.request.gpuHours)} GPU-h · {application.request.durationMonths} · {application.request.system} / {application.request.partition} · {formatDate(application.request.start)}
              </Text>
            )}
            <Text size="sm" mt="xs">
              {t('score.technical')}: {application.technicalAssessment?.outcome ?? '—'} · {t('score.ethics')}: {application.ethics ?? '—'}
            </Text>
          </Card>
          {application.mode === 'large-scale' ? (
            <ScoreForm applicationId={applicationId} revision={application.revision} initial={application.scores} weights={weights} />
          ) : (
            <Text>{t('score.notLargeScale')}</Text>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

function ScoreForm({ applicationId, revision, initial, weights }: { applicationId: string; revision: number; initial: ScoreFormValues | null; weights: Parameters<typeof weighted>[1] }) {
  const { t } = useTranslation('allocation-committee');
  const queryClient = useQueryClient();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<ScoreFormValues>({
    mode: 'controlled',
    initialValues: initial ? { excellence: initial.excellence, innovationAndImpact: initial.innovationAndImpact, implementation: initial.implementation } : { excellence: 3, innovationAndImpact: 3, implementation: 3 },
    validateInputOnChange: true,
    validate: scoreValidators(t('score.range')),
  });
  const save = useMutation({
    mutationFn: async (values: ScoreFormValues) => unwrap(await api.POST('/api/allocation/applications/{id}/scores', { params: { path: { id: applicationId }, header: { 'If-Match': `"${revision}"` } }, body: values })),
    onMutate: () => setUnmatched([]),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('score.saved') });
      void queryClient.invalidateQueries({ queryKey: ['allocation-application', applicationId] });
      void queryClient.invalidateQueries({ queryKey: ['allocation-applications'] });
    },
    onError: (error) => {
      const problem = problemOf(error);
      setUnmatched(problem ? applyProblem(form, problem, { fields: SCORE_FIELDS }) : [error.message]);
    },
  });
  const values = form.getValues();
  return (
    <Card withBorder component="section" aria-labelledby="scores-heading">
      <form noValidate onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack>
          <Title order={2} size="h4" id="scores-heading">
            {t('score.title')}
          </Title>
          {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {SCORE_FIELDS.map((field) => (
              <NumberInput key={form.key(field)} label={t(`score.${field}`)} description={t('score.range')} min={1} max={5} step={1} allowDecimal={false} {...form.getInputProps(field)} />
            ))}
          </SimpleGrid>
          <Text size="sm">{t('score.current', { score: weighted(values, weights).toFixed(2) })}</Text>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('score.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
