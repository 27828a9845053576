import { Alert, Button, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap, type Schemas } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyProblem } from '../../forms/problem-to-form';
import { APPLICATION_FORM_FIELDS, applicationValidators, fromProposalView, toDraftProposal, type ApplicationFormValues } from './application-form';
import { answerValidators, INFORMATION_ANSWER_FIELDS, openRequestOf, type InformationAnswerValues } from './information-answer';
import { partitionsIn, ProposalSteps, STEP_OF_FIELD, type ProgrammeRules } from './ProposalSteps';

/**
 * `/applicant/applications/$applicationId/answer`: the answer to the intake officer's questions with
 * changes to the proposal, in the guided form's steps (intake takes both at once; the ethics board's
 * questions take an answer only: the proposal under ethics review does not change).
 */
export function AnswerWithChangesPage({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation('applicant');
  const application = useQuery({ queryKey: ['application', applicationId], queryFn: async () => unwrap(await api.GET('/api/applications/{id}', { params: { path: { id: applicationId } } })) });
  const rules = useQuery({ queryKey: ['intake-configuration'], staleTime: 300_000, queryFn: async () => unwrap(await api.GET('/api/intake/configuration')) });
  return (
    <QueryState query={application}>
      {(app) => (openRequestOf(app.status) === 'intake' ? <AnswerForm application={app} rules={rules.data?.rules} /> : <Alert color="yellow">{t('answerChanges.notAsked')}</Alert>)}
    </QueryState>
  );
}

function AnswerForm({ application, rules }: { application: Schemas['ApplicationView']; rules: ProgrammeRules | undefined }) {
  const { t } = useTranslation('applicant');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const answer = useForm<InformationAnswerValues>({ mode: 'controlled', initialValues: { answer: '' }, validateInputOnChange: true, validate: answerValidators(t) });
  const proposal = useForm<ApplicationFormValues>({
    mode: 'controlled',
    initialValues: fromProposalView(application.proposal),
    validateInputOnChange: true,
    validate: applicationValidators(t, { ...(rules ? { modes: rules.modes } : {}), partitionsOf: partitionsIn(rules) }),
  });
  const send = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/applications/{id}/information', {
          params: { path: { id: application.applicationId }, header: { 'If-Match': `"${application.revision}"` } },
          // Only what the applicant changed makes a change: an untouched proposal is not sent.
          body: { answer: answer.getValues().answer.trim(), ...(proposal.isDirty() ? { changes: toDraftProposal(proposal.getValues()) } : {}) },
        }),
      ),
    onMutate: () => setUnmatched([]),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('answer.sent') });
      void queryClient.invalidateQueries({ queryKey: ['application', application.applicationId] });
      void queryClient.invalidateQueries({ queryKey: ['applications'] });
      void navigate({ to: `/applicant/applications/${application.applicationId}` });
    },
    onError: (error) => {
      const problem = problemOf(error);
      if (!problem) return setUnmatched([error.message]);
      // The answer's field on the answer; `changes.*` on the proposal's field, its step opened.
      const left = applyProblem(answer, problem, { fields: INFORMATION_ANSWER_FIELDS });
      const onProposal = applyProblem(proposal, problem, { fields: APPLICATION_FORM_FIELDS, rename: { changes: 'proposal' } });
      setUnmatched(left.filter((message) => onProposal.includes(message)));
      const first = problem.errors?.find((e) => e.field.startsWith('changes'))?.field.replace(/^changes/, 'proposal');
      const target = first ? STEP_OF_FIELD.find(([pattern]) => pattern.test(first))?.[1] : undefined;
      if (target !== undefined) setStep(target);
    },
  });
  const submit = () => {
    const invalid = [answer.validate().hasErrors, proposal.validate().hasErrors];
    if (!invalid.includes(true)) send.mutate();
  };
  return (
    <Stack maw={860}>
      <Title order={1} size="h2">
        {t('answerChanges.title', { title: application.proposal.title ?? application.applicationId })}
      </Title>
      <Alert color="orange" title={t('answer.askedBy.intake')}>
        <List>
          {application.openQuestions.map((q) => (
            <List.Item key={q}>{q}</List.Item>
          ))}
        </List>
      </Alert>
      <Text c="dimmed">{t('answerChanges.intro')}</Text>
      {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Textarea label={t('answer.label')} withAsterisk autosize minRows={3} key={answer.key('answer')} {...answer.getInputProps('answer')} />
          <ProposalSteps form={proposal} rules={rules} step={step} onStep={setStep} review={<Alert>{t('answerChanges.review')}</Alert>} />
          <Button type="submit" loading={send.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('answerChanges.send')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
