import { Button, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyError } from '../../forms/problem-to-form';
import { ActionModal } from './ActionModal';
import { BREACH_REPORT_FIELDS, breachReportValidators, toBreachReport, type BreachReportValues } from './officer-actions';

/**
 * Files a breach report on the organisation (another officer decides it: the service refuses the
 * reporter's own decision). One Idempotency-Key per opening: a retried send is the same report.
 */
export function FileBreachReport({ organisationId, label, ariaLabel, initialDescription = '' }: { organisationId: string; label: string; ariaLabel?: string; initialDescription?: string }) {
  const { t } = useTranslation('governance-officer');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState('');
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<BreachReportValues>({ mode: 'controlled', initialValues: { description: initialDescription, evidenceLinks: '' }, validateInputOnChange: true, validate: breachReportValidators(t) });
  const file = useMutation({
    mutationFn: async (values: BreachReportValues) => unwrap(await api.POST('/api/governance/breach-reports', { params: { header: { 'Idempotency-Key': key } }, body: toBreachReport(organisationId, values) })),
    onMutate: () => setUnmatched([]),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('actions.reportFiled') });
      void queryClient.invalidateQueries({ queryKey: ['governance'] });
      form.reset();
      setOpen(false);
    },
    onError: (error) => setUnmatched(applyError(form, error, { fields: BREACH_REPORT_FIELDS })),
  });
  return (
    <>
      <Button size="xs" variant="default" aria-label={ariaLabel} onClick={() => (setUnmatched([]), setKey(`ui-${crypto.randomUUID()}`), setOpen(true))}>
        {label}
      </Button>
      <ActionModal
        opened={open}
        title={t('actions.reportTitle', { organisation: organisationId })}
        consequence={t('actions.reportConsequence')}
        unmatched={unmatched}
        confirmLabel={t('actions.fileReport')}
        loading={file.isPending}
        onSubmit={form.onSubmit((values) => file.mutate(values))}
        onClose={() => setOpen(false)}
      >
        <Textarea label={t('actions.description')} withAsterisk autosize minRows={3} key={form.key('description')} {...form.getInputProps('description')} />
        <Textarea label={t('actions.evidenceLinks')} description={t('actions.evidenceLinksHint')} autosize minRows={2} key={form.key('evidenceLinks')} {...form.getInputProps('evidenceLinks')} />
      </ActionModal>
    </>
  );
}
