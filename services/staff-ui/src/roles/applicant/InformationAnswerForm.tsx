import { Alert, Button, Group, List, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyError } from '../../forms/problem-to-form';
import { answerValidators, INFORMATION_ANSWER_FIELDS, type InformationAnswerValues } from './information-answer';

/** The questions the intake officer or the ethics board asked, and the applicant's answer. */
export function InformationAnswerForm({ applicationId, revision, questions, askedBy }: { applicationId: string; revision: number; questions: string[]; askedBy: 'intake' | 'ethics' }) {
  const { t } = useTranslation('applicant');
  const queryClient = useQueryClient();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<InformationAnswerValues>({ mode: 'controlled', initialValues: { answer: '' }, validateInputOnChange: true, validate: answerValidators(t) });
  const answer = useMutation({
    mutationFn: async (values: InformationAnswerValues) =>
      unwrap(
        await api.POST('/api/applications/{id}/information', {
          params: { path: { id: applicationId }, header: { 'If-Match': `"${revision}"` } },
          body: { answer: values.answer.trim() },
        }),
      ),
    onMutate: () => setUnmatched([]),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('answer.sent') });
      void queryClient.invalidateQueries({ queryKey: ['application', applicationId] });
      void queryClient.invalidateQueries({ queryKey: ['applications'] });
    },
    onError: (error) => setUnmatched(applyError(form, error, { fields: INFORMATION_ANSWER_FIELDS })),
  });
  return (
    <Alert color="orange" title={t(`answer.askedBy.${askedBy}`)}>
      <Stack>
        <List>
          {questions.map((q) => (
            <List.Item key={q}>{q}</List.Item>
          ))}
        </List>
        {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
        <form noValidate onSubmit={form.onSubmit((values) => answer.mutate(values))}>
          <Stack>
            <Textarea label={t('answer.label')} withAsterisk autosize minRows={3} key={form.key('answer')} {...form.getInputProps('answer')} />
            <Group>
              <Button type="submit" loading={answer.isPending}>
                {t('answer.send')}
              </Button>
              {/* Intake takes changes to the proposal with the answer; the ethics board's questions, an answer only. */}
              {askedBy === 'intake' && (
                <Button variant="default" component={Link} to={`/applicant/applications/${applicationId}/answer`}>
                  {t('answer.withChanges')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Stack>
    </Alert>
  );
}
