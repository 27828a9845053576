import { Button, Card, Group, List, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDate } from '../../components/format';
import { ActionModal } from './ActionModal';
import { FileBreachReport } from './FileBreachReport';
import {
  ifMatch, openBreachesOf, reasonValidators, reinstatementBlockers, REASON_FIELDS, SUSPENSION_FIELDS, suspensionBlockers, toSuspension, type ReasonValues, type SuspensionValues,
} from './officer-actions';
import { useOrganisationCommand } from './use-organisation-command';

type Organisation = Schemas['OrganisationPledgeView'];

/**
 * The officer's decisions on the organisation's standing: suspend its allocations (on an open
 * breach or a pledge not in force), lift the suspension (every breach remedied, the pledge signed),
 * report a suspected breach. What stands in the way is said beside the action, before any request.
 */
export function StandingActions({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation('governance-officer');
  const suspendBlocked = suspensionBlockers(organisation);
  const liftBlocked = reinstatementBlockers(organisation);
  return (
    <Card withBorder component="section" aria-labelledby="standing-heading">
      <Title order={2} size="h4" id="standing-heading" mb="xs">
        {t('actions.standing')}
      </Title>
      <Stack gap="xs">
        {organisation.suspended ? <Reinstate organisation={organisation} blockers={liftBlocked} /> : <Suspend organisation={organisation} blockers={suspendBlocked} />}
        <Group>
          <FileBreachReport organisationId={organisation.organisationId} label={t('actions.report')} />
        </Group>
      </Stack>
    </Card>
  );
}

function Blockers({ keys }: { keys: string[] }) {
  const { t } = useTranslation('governance-officer');
  if (keys.length === 0) return null;
  return (
    <List size="sm" c="dimmed">
      {keys.map((k) => (
        <List.Item key={k}>{t(`actions.blocker.${k}`)}</List.Item>
      ))}
    </List>
  );
}

function Suspend({ organisation, blockers }: { organisation: Organisation; blockers: string[] }) {
  const { t } = useTranslation('governance-officer');
  const [open, setOpen] = useState(false);
  const breaches = openBreachesOf(organisation);
  const form = useForm<SuspensionValues>({ mode: 'controlled', initialValues: { reason: '', breachId: '' }, validateInputOnChange: true, validate: reasonValidators(t) });
  const { mutation, unmatched, clear } = useOrganisationCommand<SuspensionValues>({
    organisationId: organisation.organisationId,
    send: async (values) =>
      unwrap(await api.POST('/api/governance/organisations/{organisationId}/suspension', { params: { path: { organisationId: organisation.organisationId }, header: { 'If-Match': ifMatch(organisation.revision) } }, body: toSuspension(values) })),
    form,
    mapping: { fields: SUSPENSION_FIELDS },
    done: t('actions.suspended'),
    onDone: () => (form.reset(), setOpen(false)),
  });
  const name = organisation.legalName ?? organisation.organisationId;
  return (
    <>
      <Group>
        <Button color="red.9" disabled={blockers.length > 0} onClick={() => (clear(), setOpen(true))}>
          {t('actions.suspend')}
        </Button>
      </Group>
      <Blockers keys={blockers} />
      <ActionModal
        opened={open}
        title={t('actions.suspendTitle', { name })}
        consequence={t('actions.suspendConsequence', { name })}
        unmatched={unmatched}
        confirmLabel={t('actions.suspend')}
        danger
        loading={mutation.isPending}
        onSubmit={form.onSubmit((values) => mutation.mutate(values))}
        onClose={() => setOpen(false)}
      >
        {breaches.length > 0 && (
          <Select
            label={t('actions.breach')}
            placeholder={t('actions.noBreachNamed')}
            clearable
            data={breaches.map((b) => ({ value: b.breachId, label: `${formatDate(b.breachedAt)} · ${t(`cause.${b.cause}`)} · ${b.reason}` }))}
            key={form.key('breachId')}
            {...form.getInputProps('breachId')}
            value={form.getValues().breachId || null}
            onChange={(value) => form.setFieldValue('breachId', value ?? '')}
          />
        )}
        <Textarea label={t('actions.suspendReason')} withAsterisk autosize minRows={2} key={form.key('reason')} {...form.getInputProps('reason')} />
      </ActionModal>
    </>
  );
}

function Reinstate({ organisation, blockers }: { organisation: Organisation; blockers: string[] }) {
  const { t } = useTranslation('governance-officer');
  const [open, setOpen] = useState(false);
  const form = useForm<ReasonValues>({ mode: 'controlled', initialValues: { reason: '' }, validateInputOnChange: true, validate: reasonValidators(t) });
  const { mutation, unmatched, clear } = useOrganisationCommand<ReasonValues>({
    organisationId: organisation.organisationId,
    send: async (values) =>
      unwrap(await api.POST('/api/governance/organisations/{organisationId}/reinstatement', { params: { path: { organisationId: organisation.organisationId }, header: { 'If-Match': ifMatch(organisation.revision) } }, body: { reason: values.reason.trim() } })),
    form,
    mapping: { fields: REASON_FIELDS },
    done: t('actions.reinstated'),
    onDone: () => (form.reset(), setOpen(false)),
  });
  const name = organisation.legalName ?? organisation.organisationId;
  return (
    <>
      <Group>
        <Button disabled={blockers.length > 0} onClick={() => (clear(), setOpen(true))}>
          {t('actions.reinstate')}
        </Button>
      </Group>
      <Blockers keys={blockers} />
      <ActionModal
        opened={open}
        title={t('actions.reinstateTitle', { name })}
        consequence={t('actions.reinstateConsequence', { name })}
        unmatched={unmatched}
        confirmLabel={t('actions.reinstate')}
        loading={mutation.isPending}
        onSubmit={form.onSubmit((values) => mutation.mutate(values))}
        onClose={() => setOpen(false)}
      >
        <Text size="sm">{t('actions.reinstateReasonHint')}</Text>
        <Textarea label={t('actions.reinstateReason')} withAsterisk autosize minRows={2} key={form.key('reason')} {...form.getInputProps('reason')} />
      </ActionModal>
    </>
  );
}
