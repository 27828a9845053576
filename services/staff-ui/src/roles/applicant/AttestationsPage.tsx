import { Alert, Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDate } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyError } from '../../forms/problem-to-form';
import { ownOrganisationId, pledgeRecord } from './applicant-queries';
import { EvidenceFields } from './EvidenceFields';
import { ObligationsCard } from './ObligationsCard';
import { ATTESTATION_FORM_FIELDS, attestationValidators, emptyAttestationForm, toAttestation, type AttestationFormValues } from './attestation-form';

/** `/applicant/attestations`: the next attestation due (or overdue) and the form to submit one, the ethics conditions to show evidence for, the attestations submitted. */
export function AttestationsPage() {
  const { t } = useTranslation('applicant');
  const organisationId = ownOrganisationId();
  const query = useQuery({ queryKey: ['applicant-organisation', organisationId, 'pledge'], queryFn: () => pledgeRecord(organisationId) });
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('attestations.title')}
      </Title>
      <Text c="dimmed">{t('attestations.intro')}</Text>
      <QueryState query={query}>
        {(pledge) =>
          pledge === null || pledge.status !== 'signed' ? (
            <Alert color="yellow">{t('attestations.signFirst')}</Alert>
          ) : (
            <>
              <DueCard due={pledge.attestation} />
              <AttestationForm organisationId={organisationId} revision={pledge.revision} />
              <ObligationsCard organisationId={organisationId} revision={pledge.revision} obligations={pledge.obligations} />
              <Submitted attestations={pledge.attestations} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}

function DueCard({ due }: { due: Schemas['AttestationDueView'] | null }) {
  const { t } = useTranslation('applicant');
  if (!due) return null;
  return (
    <Alert color={due.overdue ? 'red' : 'blue'} title={due.overdue ? t('attestations.overdue') : t('attestations.due')}>
      {t('attestations.dueAt', { date: formatDate(due.nextDueAt) })}
      {due.breachAt && ` ${t('attestations.breachAt', { date: formatDate(due.breachAt) })}`}
    </Alert>
  );
}

function AttestationForm({ organisationId, revision }: { organisationId: string; revision: number }) {
  const { t } = useTranslation('applicant');
  const queryClient = useQueryClient();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<AttestationFormValues>({ mode: 'controlled', initialValues: emptyAttestationForm(), validateInputOnChange: true, validate: attestationValidators(t) });
  const submit = useMutation({
    mutationFn: async (values: AttestationFormValues) =>
      unwrap(
        await api.POST('/api/governance/organisations/{organisationId}/attestations', {
          params: { path: { organisationId }, header: { 'If-Match': `"${revision}"` } },
          body: toAttestation(values),
        }),
      ),
    onMutate: () => setUnmatched([]),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('attestations.submitted') });
      form.reset();
      void queryClient.invalidateQueries({ queryKey: ['applicant-organisation'] });
    },
    onError: (error) => setUnmatched(applyError(form, error, { fields: ATTESTATION_FORM_FIELDS })),
  });
  return (
    <Card withBorder component="section" aria-labelledby="attest-heading">
      <Title order={2} size="h4" id="attest-heading" mb="xs">
        {t('attestations.submit')}
      </Title>
      {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
      <form noValidate onSubmit={form.onSubmit((values) => submit.mutate(values))}>
        <Stack>
          <EvidenceFields form={form} prefix="evidence" label={t('attestations.summary')} />
          <Group grow align="flex-start">
            <TextInput label={t('attestations.flop')} withAsterisk placeholder="3.2e21" key={form.key('declaredTrainingFlop')} {...form.getInputProps('declaredTrainingFlop')} />
            <TextInput label={t('attestations.energy')} withAsterisk inputMode="decimal" key={form.key('declaredEnergyKwh')} {...form.getInputProps('declaredEnergyKwh')} />
          </Group>
          <Button type="submit" loading={submit.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('attestations.send')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function Submitted({ attestations }: { attestations: Schemas['AttestationView'][] }) {
  const { t } = useTranslation('applicant');
  return (
    <Card withBorder component="section" aria-labelledby="submitted-heading">
      <Title order={2} size="h4" id="submitted-heading" mb="xs">
        {t('attestations.history')}
      </Title>
      {attestations.length === 0 ? (
        <Text c="dimmed">{t('attestations.none')}</Text>
      ) : (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('attestations.period')}</Table.Th>
              <Table.Th>{t('attestations.submittedAt')}</Table.Th>
              <Table.Th>{t('attestations.flags')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...attestations].reverse().map((a) => (
              <Table.Tr key={a.attestationId}>
                <Table.Td>{formatDate(a.periodDueAt)}</Table.Td>
                <Table.Td>{formatDate(a.submittedAt)}</Table.Td>
                <Table.Td>
                  {a.flags.length === 0
                    ? t('attestations.noFlags')
                    : a.flags.map((f) => (
                        <Badge key={f} color="orange" variant="light" c="dark.8" mr={4}>
                          {t(`attestations.flag.${f}`)}
                        </Badge>
                      ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
