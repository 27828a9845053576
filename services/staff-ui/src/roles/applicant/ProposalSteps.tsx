// Each family's styles travel with the screens that use it, not in the first load (app/App.tsx has the core's).
import '@mantine/dates/styles.css';
import { Button, Checkbox, Group, NumberInput, Radio, Select, SimpleGrid, Stack, Stepper, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PRINCIPLES, spreadEvenly, type ApplicationFormValues, type ModeLimits } from './application-form';

/** The programme rules the form checks against (intake's configuration): modes' limits, systems and partitions. */
export type ProgrammeRules = { modes: Record<string, ModeLimits>; systems: Array<{ id: string; name: string; partitions: Array<{ id: string }> }> };

export const partitionsIn = (rules: ProgrammeRules | undefined) => (system: string) => rules?.systems.find((s) => s.id === system)?.partitions.map((p) => p.id);

/** Which step shows which fields: a problem at a field opens its step. */
export const STEP_OF_FIELD: Array<[RegExp, number]> = [
  [/^proposal\.(title|projectSummary|modelKind|trainingComputeFlop)/, 0],
  [/^proposal\.(mode|system|partition|gpuHours|durationMonths|startDate|monthlyUsagePlan)/, 1],
  [/^proposal\.(dataSources|civilianUse|openSourceIntention)/, 2],
  [/^proposal\.ethicsSelfAssessment/, 3],
];
export const LAST_STEP = 4;

/** The proposal's fields in steps (project, resources, data, ethics, then `review`): the draft form's and the answer's with changes. */
export function ProposalSteps({ form, rules, step, onStep, review }: { form: UseFormReturnType<ApplicationFormValues>; rules: ProgrammeRules | undefined; step: number; onStep: (step: number) => void; review: ReactNode }) {
  const { t } = useTranslation('applicant');
  const partitionsOf = partitionsIn(rules);
  const values = form.getValues();
  const mode = values.proposal.mode;
  const limits = mode ? rules?.modes[mode] : undefined;
  const systems = useMemo(() => rules?.systems.map((s) => ({ value: s.id, label: s.name })) ?? [], [rules]);
  const partitions = (values.proposal.system ? partitionsOf(values.proposal.system) : undefined) ?? [];
  return (
    <Stepper active={step} onStepClick={onStep} allowNextStepsSelect>
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
      <Stepper.Step label={t('form.stepReview')}>{review}</Stepper.Step>
    </Stepper>
  );
}
