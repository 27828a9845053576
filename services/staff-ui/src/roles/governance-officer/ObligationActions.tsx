import { Button, Group, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ActionModal } from './ActionModal';
import { FileBreachReport } from './FileBreachReport';
import { ifMatch, obligationActions, reasonValidators, REASON_FIELDS, rejectionMakesOverdue, reportOfObligation, type ReasonValues } from './officer-actions';
import { useOrganisationCommand } from './use-organisation-command';

type Organisation = Schemas['OrganisationPledgeView'];
type Obligation = Schemas['ObligationView'];

/** The officer's actions on one obligation, each behind a confirmation: accept or reject the evidence in, or report an overdue one as a breach. */
export function ObligationActions({ organisation, obligation }: { organisation: Organisation; obligation: Obligation }) {
  const { t } = useTranslation('governance-officer');
  const actions = obligationActions(obligation, organisation, obligation.obligationId);
  if (actions.length === 0) return <>—</>;
  return (
    <Group gap="xs">
      {actions.includes('accept') && <AcceptEvidence organisation={organisation} obligation={obligation} />}
      {actions.includes('reject') && <RejectEvidence organisation={organisation} obligation={obligation} />}
      {actions.includes('report') && (
        <FileBreachReport organisationId={organisation.organisationId} label={t('actions.reportObligation')} ariaLabel={t('actions.reportObligationOf', { text: obligation.text })} initialDescription={reportOfObligation(obligation, t)} />
      )}
    </Group>
  );
}

function AcceptEvidence({ organisation, obligation }: { organisation: Organisation; obligation: Obligation }) {
  const { t } = useTranslation('governance-officer');
  const [open, setOpen] = useState(false);
  const form = useForm({ initialValues: {} });
  const path = { organisationId: organisation.organisationId, obligationId: obligation.obligationId };
  const { mutation, unmatched, clear } = useOrganisationCommand<void>({
    organisationId: organisation.organisationId,
    send: async () => unwrap(await api.POST('/api/governance/organisations/{organisationId}/obligations/{obligationId}/acceptance', { params: { path, header: { 'If-Match': ifMatch(organisation.revision) } } })),
    form,
    mapping: { fields: [] },
    done: t('actions.accepted'),
    onDone: () => setOpen(false),
  });
  const remedies = organisation.breaches.some((b) => b.cause === 'obligation-overdue' && b.ref === obligation.obligationId && b.remediedAt === null);
  return (
    <>
      <Button size="xs" onClick={() => (clear(), setOpen(true))} aria-label={t('actions.acceptOf', { text: obligation.text })}>
        {t('actions.accept')}
      </Button>
      <ActionModal
        opened={open}
        title={t('actions.acceptTitle', { text: obligation.text })}
        consequence={`${t('actions.acceptConsequence')}${remedies ? ` ${t('actions.acceptRemedies')}` : ''}`}
        unmatched={unmatched}
        confirmLabel={t('actions.accept')}
        loading={mutation.isPending}
        onSubmit={(event) => (event?.preventDefault(), mutation.mutate())}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

function RejectEvidence({ organisation, obligation }: { organisation: Organisation; obligation: Obligation }) {
  const { t } = useTranslation('governance-officer');
  const [open, setOpen] = useState(false);
  const form = useForm<ReasonValues>({ mode: 'controlled', initialValues: { reason: '' }, validateInputOnChange: true, validate: reasonValidators(t) });
  const path = { organisationId: organisation.organisationId, obligationId: obligation.obligationId };
  const { mutation, unmatched, clear } = useOrganisationCommand<ReasonValues>({
    organisationId: organisation.organisationId,
    send: async (values) =>
      unwrap(await api.POST('/api/governance/organisations/{organisationId}/obligations/{obligationId}/rejection', { params: { path, header: { 'If-Match': ifMatch(organisation.revision) } }, body: { reason: values.reason.trim() } })),
    form,
    mapping: { fields: REASON_FIELDS },
    done: t('actions.rejected'),
    onDone: () => (form.reset(), setOpen(false)),
  });
  const late = rejectionMakesOverdue(obligation, new Date());
  return (
    <>
      <Button size="xs" variant="default" onClick={() => (clear(), setOpen(true))} aria-label={t('actions.rejectOf', { text: obligation.text })}>
        {t('actions.reject')}
      </Button>
      <ActionModal
        opened={open}
        title={t('actions.rejectTitle', { text: obligation.text })}
        consequence={late ? t('actions.rejectLate') : t('actions.rejectConsequence')}
        unmatched={unmatched}
        confirmLabel={t('actions.reject')}
        danger={late}
        loading={mutation.isPending}
        onSubmit={form.onSubmit((values) => mutation.mutate(values))}
        onClose={() => setOpen(false)}
      >
        <Textarea label={t('actions.rejectReason')} withAsterisk autosize minRows={2} key={form.key('reason')} {...form.getInputProps('reason')} />
      </ActionModal>
    </>
  );
}
