import { ActionIcon, Button, Fieldset, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyError } from '../../forms/problem-to-form';
import { ActionModal } from './ActionModal';
import { CORE_FIELDS, DUTY_FIELDS, pledgeTextFields, pledgeTextValues, toPledgeText, validatePledgeText, type PledgeTextValues } from './pledge-text-form';

/**
 * Publishing a new pledge version, started from the current text. It changes every organisation's
 * standing (each must sign again before its signature lapses), so the modal says so first. If-Match
 * is the version list's ETag as read on opening: a version published meanwhile answers 412.
 */
export function PublishPledgeVersion({ currentVersion }: { currentVersion: number }) {
  const { t } = useTranslation('governance-officer');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [opening, setOpening] = useState(false);
  const [sent, setSent] = useState<{ etag: string; key: string }>({ etag: '', key: '' });
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<PledgeTextValues>({ mode: 'controlled', initialValues: pledgeTextValues(null), validateInputOnChange: true, validate: (values) => validatePledgeText(values, t) });
  const next = currentVersion + 1;

  async function start() {
    setOpening(true);
    setUnmatched([]);
    try {
      const list = await api.GET('/api/governance/pledge-versions', { params: { query: { page: 1, pageSize: 1 } } });
      const { currentVersion: current } = unwrap(list);
      const text = current > 0 ? unwrap(await api.GET('/api/governance/pledge-versions/{version}', { params: { path: { version: current } } })).text : null;
      form.setValues(pledgeTextValues(text));
      form.resetDirty();
      setSent({ etag: list.response.headers.get('ETag') ?? '', key: `ui-${crypto.randomUUID()}` });
      setOpen(true);
    } catch (error) {
      notifications.show({ color: 'red', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setOpening(false);
    }
  }

  const publish = useMutation({
    mutationFn: async (values: PledgeTextValues) =>
      unwrap(await api.POST('/api/governance/pledge-versions', { params: { header: { 'Idempotency-Key': sent.key, ...(sent.etag ? { 'If-Match': sent.etag } : {}) } }, body: toPledgeText(values) })),
    onMutate: () => setUnmatched([]),
    onSuccess: (version) => {
      notifications.show({ color: 'green', message: t('publish.done', { version: version.pledgeVersion }) });
      void queryClient.invalidateQueries({ queryKey: ['governance'] });
      setOpen(false);
    },
    onError: (error) => setUnmatched(applyError(form, error, { fields: pledgeTextFields(form.getValues()) })),
  });

  const values = form.getValues();
  return (
    <>
      <Group>
        <Button onClick={() => void start()} loading={opening}>
          {t('publish.action')}
        </Button>
      </Group>
      <ActionModal
        opened={open}
        title={t('publish.title', { version: next })}
        consequence={t('publish.consequence', { version: next })}
        unmatched={unmatched}
        confirmLabel={t('publish.confirm', { version: next })}
        danger
        loading={publish.isPending}
        onSubmit={form.onSubmit((v) => publish.mutate(v))}
        onClose={() => setOpen(false)}
      >
        <Textarea label={t('publish.summaryOfChanges')} autosize minRows={2} key={form.key('summaryOfChanges')} {...form.getInputProps('summaryOfChanges')} />
        <Fieldset legend={t('publish.core')}>
          <Stack gap="xs">
            {CORE_FIELDS.map((f) => (
              <Textarea key={form.key(`coreCommitments.${f}`)} label={t(`publish.${f}`)} withAsterisk autosize minRows={2} {...form.getInputProps(`coreCommitments.${f}`)} />
            ))}
          </Stack>
        </Fieldset>
        <Textarea label={t('publish.civilianUse')} withAsterisk autosize minRows={2} key={form.key('civilianUse')} {...form.getInputProps('civilianUse')} />
        <Fieldset legend={t('publish.duties')}>
          <Stack gap="xs">
            {DUTY_FIELDS.map((f) => (
              <Textarea key={form.key(`modelTrainingDuties.${f}`)} label={t(`publish.${f}`)} withAsterisk autosize minRows={2} {...form.getInputProps(`modelTrainingDuties.${f}`)} />
            ))}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('publish.optional')}>
          <Stack gap="xs">
            {values.optionalCommitments.map((_, i) => (
              <Group key={form.key(`optionalCommitments.${i}`)} align="flex-start" wrap="nowrap">
                <TextInput label={t('publish.optionalId', { n: i + 1 })} withAsterisk w={200} key={form.key(`optionalCommitments.${i}.id`)} {...form.getInputProps(`optionalCommitments.${i}.id`)} />
                <Textarea label={t('publish.optionalText', { n: i + 1 })} withAsterisk autosize style={{ flex: 1 }} key={form.key(`optionalCommitments.${i}.text`)} {...form.getInputProps(`optionalCommitments.${i}.text`)} />
                <ActionIcon variant="default" mt={26} aria-label={t('publish.removeOptional', { n: i + 1 })} onClick={() => form.removeListItem('optionalCommitments', i)}>
                  ×
                </ActionIcon>
              </Group>
            ))}
            {form.errors.optionalCommitments && (
              <Text c="red.9" size="sm" role="alert">
                {form.errors.optionalCommitments}
              </Text>
            )}
            <Group>
              <Button variant="default" size="xs" onClick={() => form.insertListItem('optionalCommitments', { id: '', text: '' })}>
                {t('publish.addOptional')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      </ActionModal>
    </>
  );
}
