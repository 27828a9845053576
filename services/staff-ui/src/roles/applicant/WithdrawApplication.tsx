import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyError } from '../../forms/problem-to-form';
import { WITHDRAW_FIELDS, withdrawValidators, type WithdrawValues } from './withdraw-form';

/** Withdrawing an application before its award: a confirmation that says what it ends, and the reason (checked as typed, kept in the ledger). */
export function WithdrawApplication({ applicationId, revision, title }: { applicationId: string; revision: number; title: string }) {
  const { t } = useTranslation('applicant');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<WithdrawValues>({ mode: 'controlled', initialValues: { reason: '' }, validateInputOnChange: true, validate: withdrawValidators(t) });
  const withdraw = useMutation({
    mutationFn: async (values: WithdrawValues) =>
      unwrap(
        await api.POST('/api/applications/{id}/withdraw', {
          params: { path: { id: applicationId }, header: { 'If-Match': `"${revision}"` } },
          body: { reason: values.reason.trim() },
        }),
      ),
    onMutate: () => setUnmatched([]),
    onSuccess: (answer) => {
      setOpen(false);
      notifications.show({ color: 'green', message: t('withdraw.done') });
      queryClient.setQueryData(['application', applicationId], answer);
      void queryClient.invalidateQueries({ queryKey: ['applications'] });
    },
    onError: (error) => setUnmatched(applyError(form, error, { fields: WITHDRAW_FIELDS })),
  });
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
        {t('withdraw.action')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('withdraw.confirmTitle', { title })} centered transitionProps={{ duration: 0 }} closeButtonProps={{ 'aria-label': t('withdraw.cancel') }}>
        <form noValidate onSubmit={form.onSubmit((values) => withdraw.mutate(values))}>
          <Stack>
            <Text>{t('withdraw.confirm')}</Text>
            <Textarea label={t('withdraw.reason')} withAsterisk autosize minRows={2} key={form.key('reason')} {...form.getInputProps('reason')} />
            {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('withdraw.cancel')}
              </Button>
              {/* Shade 9: Mantine's red at shade 6 fails contrast (app/theme.ts). */}
              <Button type="submit" color="red.9" loading={withdraw.isPending}>
                {t('withdraw.action')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
