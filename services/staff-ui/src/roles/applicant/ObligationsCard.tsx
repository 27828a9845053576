import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDate } from '../../components/format';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyError } from '../../forms/problem-to-form';
import { evidenceValidators, toEvidence, type EvidenceValues } from './attestation-form';
import { EvidenceFields } from './EvidenceFields';

const STATUS_COLOURS: Record<string, string> = { open: 'orange', 'evidence-submitted': 'blue', fulfilled: 'green' };

/** The ethics board's conditions on the organisation's applications: each one's due date, and the evidence that it is met. */
export function ObligationsCard({ organisationId, revision, obligations }: { organisationId: string; revision: number; obligations: Schemas['ObligationView'][] }) {
  const { t } = useTranslation('applicant');
  if (obligations.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="obligations-heading">
      <Title order={2} size="h4" id="obligations-heading" mb="xs">
        {t('obligations.title')}
      </Title>
      <Stack>
        {obligations.map((o) => (
          <Card key={o.obligationId} withBorder padding="sm" data-testid="obligation">
            <Group justify="space-between" wrap="nowrap">
              <Text fw={600}>{o.text}</Text>
              <Badge color={STATUS_COLOURS[o.status] ?? 'gray'} variant="light" autoContrast>
                {t(`obligations.status.${o.status}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t(o.overdue ? 'obligations.overdue' : 'obligations.due', { date: formatDate(o.dueAt) })}
            </Text>
            {o.status === 'open' && <EvidenceForm organisationId={organisationId} revision={revision} obligationId={o.obligationId} />}
          </Card>
        ))}
      </Stack>
    </Card>
  );
}

function EvidenceForm({ organisationId, revision, obligationId }: { organisationId: string; revision: number; obligationId: string }) {
  const { t } = useTranslation('applicant');
  const queryClient = useQueryClient();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<EvidenceValues>({ mode: 'controlled', initialValues: { summary: '', links: '' }, validateInputOnChange: true, validate: evidenceValidators(t) });
  const submit = useMutation({
    mutationFn: async (values: EvidenceValues) =>
      unwrap(
        await api.POST('/api/governance/organisations/{organisationId}/obligations/{obligationId}/evidence', {
          params: { path: { organisationId, obligationId }, header: { 'If-Match': `"${revision}"` } },
          body: toEvidence(values),
        }),
      ),
    onMutate: () => setUnmatched([]),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('obligations.sent') });
      void queryClient.invalidateQueries({ queryKey: ['applicant-organisation'] });
    },
    onError: (error) => setUnmatched(applyError(form, error, { fields: ['summary', 'links'] })),
  });
  return (
    <form noValidate onSubmit={form.onSubmit((values) => submit.mutate(values))}>
      <Stack mt="sm">
        {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
        <EvidenceFields form={form} prefix="" label={t('obligations.evidence')} />
        <Button type="submit" loading={submit.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('obligations.send')}
        </Button>
      </Stack>
    </form>
  );
}
