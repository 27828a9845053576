import { Alert, Button, Card, Group, List, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap } from '../../api/client';
import { EligibilityChecks } from '../../components/EligibilityChecks';
import { ProposalDetails } from '../../components/ProposalDetails';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyProblem } from '../../forms/problem-to-form';
import { DECISION_FIELDS, decisionValidators, toScreeningDecision, type DecisionFormValues } from './screening-decision';

/** `/intake-officer/applications/$applicationId`: the application, its automatic rule results, and the decision with reasons. */
export function ScreeningPage({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation('intake-officer');
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['application', applicationId],
    queryFn: async () => unwrap(await api.GET('/api/applications/{id}', { params: { path: { id: applicationId } } })),
  });
  const refresh = (application: unknown) => {
    queryClient.setQueryData(['application', applicationId], application);
    void queryClient.invalidateQueries({ queryKey: ['applications'] });
  };
  const [problems, setProblems] = useState<string[]>([]);
  const start = useMutation({
    mutationFn: async (revision: number) => unwrap(await api.POST('/api/applications/{id}/screening/start', { params: { path: { id: applicationId }, header: { 'If-Match': `"${revision}"` } } })),
    onMutate: () => setProblems([]),
    onSuccess: (application) => {
      refresh(application);
      notifications.show({ color: 'green', message: t('review.started') });
    },
    onError: (error) => setProblems([problemOf(error)?.detail ?? error.message]),
  });
  return (
    <QueryState query={query}>
      {(application) => (
        <Stack maw={960}>
          <Group justify="space-between">
            <div>
              <Title order={1} size="h2">
                {application.proposal.title ?? application.applicationId}
              </Title>
              <Text c="dimmed">{t('review.organisation', { id: application.organisationId })}</Text>
            </div>
            <StatusBadge status={application.status} />
          </Group>
          {problems.length > 0 && <ProblemAlert messages={problems} />}
          <Card withBorder>
            <ProposalDetails proposal={application.proposal} />
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('review.checks')}
            </Title>
            {application.checks.length > 0 ? <EligibilityChecks checks={application.checks} /> : <Text c="dimmed">{t('review.noChecks')}</Text>}
            {application.status === 'submitted' && (
              <Stack mt="md" gap="xs">
                <Text size="sm">{t('review.startHint')}</Text>
                <Group>
                  <Button onClick={() => start.mutate(application.revision)} loading={start.isPending}>
                    {t('review.startScreening')}
                  </Button>
                </Group>
              </Stack>
            )}
          </Card>
          {application.openQuestions.length > 0 && (
            <Alert color="orange" title={t('review.openQuestions')}>
              <List>
                {application.openQuestions.map((q) => (
                  <List.Item key={q}>{q}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {application.reasons.length > 0 && (
            <Alert color="red" title={t('review.reasonsGiven')}>
              <List>
                {application.reasons.map((r) => (
                  <List.Item key={r}>{r}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {application.status === 'screening' ? (
            <DecisionForm applicationId={applicationId} revision={application.revision} onDecided={refresh} />
          ) : (
            application.status !== 'submitted' && <Text c="dimmed">{t('review.notScreening', { status: t(`status.${application.status}`, { ns: 'translation' }) })}</Text>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

function DecisionForm({ applicationId, revision, onDecided }: { applicationId: string; revision: number; onDecided: (application: unknown) => void }) {
  const { t } = useTranslation('intake-officer');
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<DecisionFormValues>({
    mode: 'controlled',
    initialValues: { decision: 'eligible', reasons: '', questions: '', note: '' },
    validateInputOnChange: true,
    validate: decisionValidators(t),
  });
  const decide = useMutation({
    mutationFn: async (values: DecisionFormValues) =>
      unwrap(await api.POST('/api/applications/{id}/screening', { params: { path: { id: applicationId }, header: { 'If-Match': `"${revision}"` } }, body: toScreeningDecision(values) })),
    onMutate: () => setUnmatched([]),
    onSuccess: (application) => {
      notifications.show({ color: 'green', message: t('review.decided') });
      onDecided(application);
    },
    onError: (error) => {
      const problem = problemOf(error);
      setUnmatched(problem ? applyProblem(form, problem, { fields: DECISION_FIELDS }) : [error.message]);
    },
  });
  const decision = form.getValues().decision;
  return (
    <Card withBorder component="section" aria-labelledby="decision-heading">
      <form noValidate onSubmit={form.onSubmit((values) => decide.mutate(values))}>
        <Stack>
          <Title order={2} size="h4" id="decision-heading">
            {t('review.decision')}
          </Title>
          {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
          <Radio.Group label={t('review.decisionKind')} key={form.key('decision')} {...form.getInputProps('decision')}>
            <Group mt="xs">
              {(['eligible', 'ineligible', 'information-requested'] as const).map((kind) => (
                <Radio key={kind} value={kind} label={t(`review.${kind}`)} />
              ))}
            </Group>
          </Radio.Group>
          {decision === 'ineligible' && <Textarea label={t('review.reasons')} description={t('review.reasonsHint')} withAsterisk autosize minRows={3} key={form.key('reasons')} {...form.getInputProps('reasons')} />}
          {decision === 'information-requested' && <Textarea label={t('review.questions')} withAsterisk autosize minRows={3} key={form.key('questions')} {...form.getInputProps('questions')} />}
          <Textarea label={t('review.note')} autosize minRows={2} key={form.key('note')} {...form.getInputProps('note')} />
          <Group>
            <Button type="submit" loading={decide.isPending}>
              {t('review.decide')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
