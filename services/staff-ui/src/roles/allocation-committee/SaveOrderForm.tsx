import { Alert, Button, Card, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap } from '../../api/client';

/**
 * Saves the board's order as the committee's order of the cut-off (ADR 35), with a reason and the
 * call's revision as If-Match; the cut-off then awards in this order. Errors show at their field.
 */
export function SaveOrderForm({ callId, index, revision, order, savedReason }: { callId: string; index: number; revision: number; order: string[]; savedReason: string | null }) {
  const { t } = useTranslation('allocation-committee');
  const queries = useQueryClient();
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/allocation/calls/{id}/cut-offs/{index}/ranking-order', { params: { path: { id: callId, index }, header: { 'If-Match': `"${revision}"` } }, body: { order, reason } })),
    onSuccess: async () => {
      setReason('');
      await queries.invalidateQueries({ queryKey: ['allocation-call', callId] });
    },
  });
  const problem = problemOf(save.error);
  const errorAt = (field: string) => problem?.errors?.find((e) => e.field === field)?.reason;
  return (
    <Card withBorder component="section" aria-label={t('ranking.saveHeading')}>
      <Stack gap="xs">
        <Text size="sm">{savedReason ? t('ranking.savedOrder', { reason: savedReason }) : t('ranking.scoreOrder')}</Text>
        <Textarea label={t('ranking.reason')} description={t('ranking.reasonHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errorAt('reason')} required autosize minRows={2} />
        {errorAt('order') && (
          <Alert color="red" role="alert">
            {errorAt('order')}
          </Alert>
        )}
        {problem && !problem.errors?.length && (
          <Alert color="red" role="alert">
            {problem.detail ?? problem.title}
          </Alert>
        )}
        {save.isSuccess && <Text role="status">{t('ranking.orderSaved')}</Text>}
        <Button onClick={() => save.mutate()} loading={save.isPending} disabled={order.length === 0} w="fit-content">
          {t('ranking.saveOrder')}
        </Button>
      </Stack>
    </Card>
  );
}
