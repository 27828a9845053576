import { Button, Checkbox, Group, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyError } from '../../forms/problem-to-form';
import { emptyFinalReport, FINAL_REPORT_FIELDS, finalReportValidators, toFinalReport, type FinalReportFormValues } from './final-report-form';

/** The final report of a closed allocation: results, energy, compute, and the acknowledgement of EuroHPC. */
export function FinalReportForm({ allocationId, revision }: { allocationId: string; revision: number }) {
  const { t } = useTranslation('applicant');
  const queryClient = useQueryClient();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<FinalReportFormValues>({ mode: 'controlled', initialValues: emptyFinalReport(), validateInputOnChange: true, validate: finalReportValidators(t) });
  const submit = useMutation({
    mutationFn: async (values: FinalReportFormValues) =>
      unwrap(
        await api.POST('/api/allocation/allocations/{id}/final-report', {
          params: { path: { id: allocationId }, header: { 'If-Match': `"${revision}"` } },
          body: toFinalReport(values),
        }),
      ),
    onMutate: () => setUnmatched([]),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('finalReport.submitted') });
      void queryClient.invalidateQueries({ queryKey: ['applicant-allocation', allocationId] });
    },
    onError: (error) => setUnmatched(applyError(form, error, { fields: FINAL_REPORT_FIELDS })),
  });
  return (
    <form noValidate onSubmit={form.onSubmit((values) => submit.mutate(values))}>
      <Stack>
        {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
        <Textarea label={t('finalReport.results')} withAsterisk autosize minRows={4} key={form.key('results')} {...form.getInputProps('results')} />
        <Group grow align="flex-start">
          <NumberInput label={t('finalReport.energy')} withAsterisk min={0} key={form.key('energyKwh')} {...form.getInputProps('energyKwh')} />
          <TextInput label={t('finalReport.compute')} withAsterisk placeholder="4.2e21" key={form.key('computeFlop')} {...form.getInputProps('computeFlop')} />
        </Group>
        <Checkbox label={t('finalReport.acknowledgement')} key={form.key('acknowledgement')} {...form.getInputProps('acknowledgement', { type: 'checkbox' })} />
        <Button type="submit" loading={submit.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('finalReport.submit')}
        </Button>
      </Stack>
    </form>
  );
}
