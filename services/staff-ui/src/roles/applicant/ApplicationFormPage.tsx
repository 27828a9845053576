import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap } from '../../api/client';
import { currentSession } from '../../auth/session';
import { QueryState } from '../../components/QueryState';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyProblem } from '../../forms/problem-to-form';
import { APPLICATION_FORM_FIELDS, applicationValidators, emptyApplicationForm, fromProposalView, toDraftProposal, type ApplicationFormValues } from './application-form';
import { LAST_STEP, partitionsIn, ProposalSteps, STEP_OF_FIELD, type ProgrammeRules } from './ProposalSteps';

/** `/applicant/applications/new` and `.../$id/edit`: the guided application form. */
export function ApplicationFormPage({ applicationId }: { applicationId?: string }) {
  const existing = useQuery({
    queryKey: ['application', applicationId],
    enabled: applicationId !== undefined,
    queryFn: async () => unwrap(await api.GET('/api/applications/{id}', { params: { path: { id: applicationId as string } } })),
  });
  const rules = useQuery({ queryKey: ['intake-configuration'], staleTime: 300_000, queryFn: async () => unwrap(await api.GET('/api/intake/configuration')) });
  if (applicationId !== undefined) {
    return <QueryState query={existing}>{(application) => <ApplicationForm initial={application} rules={rules.data?.rules} />}</QueryState>;
  }
  return <ApplicationForm rules={rules.data?.rules} />;
}

type Application = { applicationId: string; revision: number; proposal: Parameters<typeof fromProposalView>[0] };

function ApplicationForm({ initial, rules }: { initial?: Application; rules?: ProgrammeRules | undefined }) {
  const { t } = useTranslation('applicant');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [saved, setSaved] = useState<{ applicationId: string; revision: number } | null>(initial ? { applicationId: initial.applicationId, revision: initial.revision } : null);
  const partitionsOf = partitionsIn(rules);
  const form = useForm<ApplicationFormValues>({
    mode: 'controlled',
    initialValues: initial ? fromProposalView(initial.proposal) : emptyApplicationForm(),
    // As they type: each field is checked when it changes, and those that depend on it with it.
    validateInputOnChange: true,
    validate: applicationValidators(t, { ...(rules ? { modes: rules.modes } : {}), partitionsOf }),
  });
  // The mode's limits arrive after the form was built: check what was typed against them.
  useEffect(() => {
    if (rules && form.isDirty()) form.validate();
  }, [rules]);

  const showProblem = (error: unknown) => {
    const problem = problemOf(error);
    if (!problem) {
      setUnmatched([error instanceof Error ? error.message : String(error)]);
      return;
    }
    setUnmatched(applyProblem(form, problem, { fields: APPLICATION_FORM_FIELDS, rename: { changes: 'proposal' } }));
    const first = problem.errors?.[0]?.field;
    const target = first ? STEP_OF_FIELD.find(([pattern]) => pattern.test(first))?.[1] : undefined;
    if (target !== undefined) setStep(target);
  };

  /** Creates the draft, or amends it with what changed; returns its id and revision. */
  const save = async (): Promise<{ applicationId: string; revision: number }> => {
    const proposal = toDraftProposal(form.getValues());
    if (!saved) {
      const organisationId = currentSession()?.organisationId ?? '';
      const created = unwrap(await api.POST('/api/applications', { body: { organisationId, proposal } }));
      return { applicationId: created.applicationId, revision: created.revision };
    }
    const amended = unwrap(
      await api.POST('/api/applications/{id}/amend', { params: { path: { id: saved.applicationId }, header: { 'If-Match': `"${saved.revision}"` } }, body: { changes: proposal } }),
    );
    return { applicationId: amended.applicationId, revision: amended.revision };
  };

  const saveDraft = useMutation({
    mutationFn: save,
    onMutate: () => setUnmatched([]),
    onSuccess: (result) => {
      setSaved(result);
      form.resetDirty();
      notifications.show({ color: 'green', message: t('form.saved') });
      void queryClient.invalidateQueries({ queryKey: ['applications'] });
    },
    onError: showProblem,
  });
  const submit = useMutation({
    mutationFn: async () => {
      const draft = await save();
      setSaved(draft);
      const submitted = unwrap(await api.POST('/api/applications/{id}/submit', { params: { path: { id: draft.applicationId }, header: { 'If-Match': `"${draft.revision}"` } } }));
      return submitted.applicationId;
    },
    onMutate: () => setUnmatched([]),
    onSuccess: (id) => {
      notifications.show({ color: 'green', message: t('form.submitted') });
      void queryClient.invalidateQueries({ queryKey: ['applications'] });
      void navigate({ to: `/applicant/applications/${id}` });
    },
    onError: showProblem,
    // The draft was saved even when its submission is refused: the lists must show it.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['applications'] }),
  });

  const busy = saveDraft.isPending || submit.isPending;

  return (
    <Stack maw={860}>
      <Title order={1} size="h2">
        {initial ? t('form.editTitle') : t('form.title')}
      </Title>
      <Text c="dimmed">{t('form.intro')}</Text>
      {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
      <form
        noValidate
        onSubmit={form.onSubmit(() => submit.mutate())}
      >
        <ProposalSteps form={form} rules={rules} step={step} onStep={setStep} review={<Alert>{t('form.reviewIntro')}</Alert>} />
        <Group justify="space-between" mt="lg">
          <Group>
            <Button variant="default" disabled={step === 0} onClick={() => setStep((s) => Math.max(0, s - 1))}>
              {t('form.previous')}
            </Button>
            <Button variant="default" disabled={step === LAST_STEP} onClick={() => setStep((s) => Math.min(LAST_STEP, s + 1))}>
              {t('form.next')}
            </Button>
          </Group>
          <Group>
            <Button variant="light" loading={saveDraft.isPending} disabled={busy} onClick={() => form.validate().hasErrors || saveDraft.mutate()}>
              {t('form.saveDraft')}
            </Button>
            <Button type="submit" loading={submit.isPending} disabled={busy}>
              {t('form.submit')}
            </Button>
          </Group>
        </Group>
      </form>
    </Stack>
  );
}
