// Each family's styles travel with the screens that use it, not in the first load (app/App.tsx has the core's).
import '@mantine/dates/styles.css';
import { Alert, Button, Checkbox, Group, NumberInput, Radio, Select, SimpleGrid, Stack, Stepper, Text, TextInput, Textarea, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap } from '../../api/client';
import { currentSession } from '../../auth/session';
import { QueryState } from '../../components/QueryState';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyProblem } from '../../forms/problem-to-form';
import {
  APPLICATION_FORM_FIELDS,
  applicationValidators,
  emptyApplicationForm,
  fromProposalView,
  PRINCIPLES,
  spreadEvenly,
  toDraftProposal,
  type ApplicationFormValues,
  type ModeLimits,
} from './application-form';

/** Which step shows which fields: a problem at a field opens its step. */
const STEP_OF_FIELD: Array<[RegExp, number]> = [
  [/^proposal\.(title|projectSummary|modelKind|trainingComputeFlop)/, 0],
  [/^proposal\.(mode|system|partition|gpuHours|durationMonths|startDate|monthlyUsagePlan)/, 1],
  [/^proposal\.(dataSources|civilianUse|openSourceIntention)/, 2],
  [/^proposal\.ethicsSelfAssessment/, 3],
];

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
type Rules = { modes: Record<string, ModeLimits>; systems: Array<{ id: string; name: string; partitions: Array<{ id: string }> }> };

function ApplicationForm({ initial, rules }: { initial?: Application; rules?: Rules | undefined }) {
  const { t } = useTranslation('applicant');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [saved, setSaved] = useState<{ applicationId: string; revision: number } | null>(initial ? { applicationId: initial.applicationId, revision: initial.revision } : null);
  const partitionsOf = (system: string) => rules?.systems.find((s) => s.id === system)?.partitions.map((p) => p.id);
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

  const values = form.getValues();
  const mode = values.proposal.mode;
  const limits = mode ? rules?.modes[mode] : undefined;
  const systems = useMemo(() => rules?.systems.map((s) => ({ value: s.id, label: s.name })) ?? [], [rules]);
  const partitions = (values.proposal.system ? partitionsOf(values.proposal.system) : undefined) ?? [];
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
        <Stepper active={step} onStepClick={setStep} allowNextStepsSelect>
          <Stepper.Step label={t('form.stepProject')}>
            <Stack>
              <TextInput label={t('proposal.title', { ns: 'translation' })} withAsterisk key={form.key('proposal.title')} {...form.getInputProps('proposal.title')} />
              <Textarea label={t('proposal.projectSummary', { ns: 'translation' })} withAsterisk autosize minRows={4} key={form.key('proposal.projectSummary')} {...form.getInputProps('proposal.projectSummary')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('proposal.modelKind', { ns: 'translation' })}
                  withAsterisk
                  data={['language', 'vision', 'multimodal', 'other'].map((k) => ({ value: k, label: t(`modelKind.${k}`, { ns: 'translation' }) }))}
                  key={form.key('proposal.modelKind')}
                  {...form.getInputProps('proposal.modelKind')}
                />
                <TextInput label={t('proposal.trainingComputeFlop', { ns: 'translation' })} withAsterisk placeholder="4.2e21" key={form.key('proposal.trainingComputeFlop')} {...form.getInputProps('proposal.trainingComputeFlop')} />
              </SimpleGrid>
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('form.stepResources')}>
            <Stack>
              <Select
                label={t('proposal.mode', { ns: 'translation' })}
                withAsterisk
                data={['playground', 'fast-lane', 'large-scale'].map((m) => ({ value: m, label: t(`mode.${m}`, { ns: 'translation' }) }))}
                key={form.key('proposal.mode')}
                {...form.getInputProps('proposal.mode')}
                description={limits ? t('form.modeLimits', { mode: t(`mode.${mode}`, { ns: 'translation' }), min: limits.minGpuHours, max: limits.maxGpuHours, durations: limits.durationsMonths.join(', ') }) : undefined}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select label={t('proposal.system', { ns: 'translation' })} withAsterisk data={systems} searchable key={form.key('proposal.system')} {...form.getInputProps('proposal.system')} />
                <Select label={t('proposal.partition', { ns: 'translation' })} withAsterisk data={partitions} key={form.key('proposal.partition')} {...form.getInputProps('proposal.partition')} />
                <NumberInput label={t('proposal.gpuHours', { ns: 'translation' })} withAsterisk allowDecimal={false} min={1} thousandSeparator=" " key={form.key('proposal.gpuHours')} {...form.getInputProps('proposal.gpuHours')} />
                <NumberInput label={t('proposal.durationMonths', { ns: 'translation' })} withAsterisk allowDecimal={false} min={1} max={36} key={form.key('proposal.durationMonths')} {...form.getInputProps('proposal.durationMonths')} />
                <DateInput label={t('proposal.startDate', { ns: 'translation' })} withAsterisk valueFormat="YYYY-MM-DD" key={form.key('proposal.startDate')} {...form.getInputProps('proposal.startDate')} />
              </SimpleGrid>
              <Group align="flex-end">
                <TextInput
                  style={{ flex: 1 }}
                  label={t('proposal.monthlyUsagePlan', { ns: 'translation' })}
                  description={t('form.monthlyUsagePlanHint')}
                  withAsterisk
                  key={form.key('proposal.monthlyUsagePlan')}
                  {...form.getInputProps('proposal.monthlyUsagePlan')}
                />
                <Button
                  variant="default"
                  onClick={() => form.setFieldValue('proposal.monthlyUsagePlan', spreadEvenly(Number(values.proposal.gpuHours), Number(values.proposal.durationMonths)).join(', '))}
                >
                  {t('form.spreadEvenly')}
                </Button>
              </Group>
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('form.stepData')}>
            <Stack>
              <Textarea label={t('proposal.dataSources.description', { ns: 'translation' })} withAsterisk autosize minRows={3} key={form.key('proposal.dataSources.description')} {...form.getInputProps('proposal.dataSources.description')} />
              <Checkbox label={t('proposal.dataSources.personalData', { ns: 'translation' })} key={form.key('proposal.dataSources.personalData')} {...form.getInputProps('proposal.dataSources.personalData', { type: 'checkbox' })} />
              <Checkbox label={t('proposal.dataSources.copyrightedMaterial', { ns: 'translation' })} key={form.key('proposal.dataSources.copyrightedMaterial')} {...form.getInputProps('proposal.dataSources.copyrightedMaterial', { type: 'checkbox' })} />
              <Checkbox label={t('proposal.dataSources.tdmOptOutsHonoured', { ns: 'translation' })} key={form.key('proposal.dataSources.tdmOptOutsHonoured')} {...form.getInputProps('proposal.dataSources.tdmOptOutsHonoured', { type: 'checkbox' })} />
              <Checkbox label={t('proposal.civilianUse', { ns: 'translation' })} key={form.key('proposal.civilianUse')} {...form.getInputProps('proposal.civilianUse', { type: 'checkbox' })} />
              <Radio.Group label={t('proposal.openSourceIntention', { ns: 'translation' })} withAsterisk key={form.key('proposal.openSourceIntention')} {...form.getInputProps('proposal.openSourceIntention')}>
                <Group mt="xs">
                  {['yes', 'partial', 'no'].map((v) => (
                    <Radio key={v} value={v} label={t(`openSource.${v}`, { ns: 'translation' })} />
                  ))}
                </Group>
              </Radio.Group>
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('form.stepEthics')}>
            <Stack>
              <TextInput label={t('form.issueCategories')} key={form.key('proposal.ethicsSelfAssessment.issueCategories')} {...form.getInputProps('proposal.ethicsSelfAssessment.issueCategories')} />
              <Checkbox label={t('form.prohibitedPractice')} key={form.key('proposal.ethicsSelfAssessment.prohibitedPractice')} {...form.getInputProps('proposal.ethicsSelfAssessment.prohibitedPractice', { type: 'checkbox' })} />
              {PRINCIPLES.map((principle) => (
                <SimpleGrid key={principle} cols={{ base: 1, sm: 3 }}>
                  <Select
                    label={`${t(`principles.${principle}`)}: ${t('form.assessment')}`}
                    data={(['no-issue', 'issue-mitigated', 'issue-open'] as const).map((a) => ({ value: a, label: t(`assessments.${a}`) }))}
                    allowDeselect={false}
                    key={form.key(`proposal.ethicsSelfAssessment.principles.${principle}.assessment`)}
                    {...form.getInputProps(`proposal.ethicsSelfAssessment.principles.${principle}.assessment`)}
                  />
                  <Textarea
                    style={{ gridColumn: 'span 2' }}
                    label={`${t(`principles.${principle}`)}: ${t('form.explanation')}`}
                    withAsterisk
                    autosize
                    key={form.key(`proposal.ethicsSelfAssessment.principles.${principle}.explanation`)}
                    {...form.getInputProps(`proposal.ethicsSelfAssessment.principles.${principle}.explanation`)}
                  />
                </SimpleGrid>
              ))}
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('form.stepReview')}>
            <Alert>{t('form.reviewIntro')}</Alert>
          </Stepper.Step>
        </Stepper>
        <Group justify="space-between" mt="lg">
          <Group>
            <Button variant="default" disabled={step === 0} onClick={() => setStep((s) => Math.max(0, s - 1))}>
              {t('form.previous')}
            </Button>
            <Button variant="default" disabled={step === 4} onClick={() => setStep((s) => Math.min(4, s + 1))}>
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
