import { Button, Card, MultiSelect, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { ProblemAlert } from '../forms/ProblemAlert';
import { applyError } from '../forms/problem-to-form';
import { registerBody, WEBHOOK_FIELDS, webhookValidators, type EndpointOwner, type WebhookEndpointWithSecret, type WebhookValues } from './webhook-form';

/** Registers an endpoint of the owner named (the caller's own, or an organisation's for staff); the answer carries the secret, shown once by the page. */
export function RegisterWebhookForm({ owner, kinds, title, headingLevel = 2, onRegistered }: { owner: EndpointOwner; kinds: readonly string[]; title: string; headingLevel?: 2 | 3; onRegistered: (endpoint: WebhookEndpointWithSecret) => void }) {
  const { t } = useTranslation('notifications');
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<WebhookValues>({ mode: 'controlled', initialValues: { url: '', description: '', kinds: [] }, validateInputOnChange: ['url', 'description'], validate: webhookValidators(t) });
  const register = useMutation({
    // One key per registration: a retried request is the same endpoint, not a second one.
    mutationFn: async ({ values, key }: { values: WebhookValues; key: string }) =>
      unwrap(await api.POST('/api/notifications/webhooks', { params: { header: { 'Idempotency-Key': key } }, body: registerBody(values, owner) })),
    onMutate: () => setUnmatched([]),
    onSuccess: (endpoint) => {
      form.reset();
      onRegistered(endpoint);
    },
    onError: (error) => setUnmatched(applyError(form, error, { fields: WEBHOOK_FIELDS })),
  });
  return (
    <Card withBorder>
      <form noValidate onSubmit={form.onSubmit((values) => register.mutate({ values, key: `ui-${crypto.randomUUID()}` }))}>
        <Stack>
          <Title order={headingLevel} size="h4">{title}</Title>
          {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
          <TextInput label={t('webhooks.url')} description={t('webhooks.urlHint')} withAsterisk placeholder="https://" key={form.key('url')} {...form.getInputProps('url')} />
          <TextInput label={t('webhooks.description')} key={form.key('description')} {...form.getInputProps('description')} />
          <MultiSelect label={t('webhooks.kinds')} description={t('webhooks.kindsHint')} data={kinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} clearable key={form.key('kinds')} {...form.getInputProps('kinds')} />
          <Button type="submit" loading={register.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('webhooks.registerSubmit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
