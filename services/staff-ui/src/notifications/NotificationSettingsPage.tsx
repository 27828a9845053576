import { Alert, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { QueryState } from '../components/QueryState';
import { ProblemAlert } from '../forms/ProblemAlert';
import { applyError } from '../forms/problem-to-form';
import { bodyOf, kindsOf, LANGUAGES, PERSONAL_CHANNELS, subscriptionFields, subscriptionValidators, valuesOf, type SubscriptionValues, type SubscriptionView } from './subscription-form';

const SUBSCRIPTION_KEY = ['notifications', 'me'] as const;

/** The caller's notification settings: where e-mail goes, in which language, which kinds on which channel. */
export function NotificationSettingsPage() {
  const { t } = useTranslation('notifications');
  const subscription = useQuery({ queryKey: SUBSCRIPTION_KEY, queryFn: async () => unwrap(await api.GET('/api/notifications/me')) });
  return (
    <Stack>
      <Title order={1}>{t('settings.title')}</Title>
      <Text>{t('settings.intro')}</Text>
      <QueryState query={subscription}>{(view) => <SettingsForm view={view} />}</QueryState>
    </Stack>
  );
}

function SettingsForm({ view }: { view: SubscriptionView }) {
  const { t } = useTranslation('notifications');
  const queryClient = useQueryClient();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const kinds = kindsOf(view);
  const form = useForm<SubscriptionValues>({ mode: 'controlled', initialValues: valuesOf(view), validateInputOnChange: ['email', 'language'], validate: subscriptionValidators(t) });
  const save = useMutation({
    mutationFn: async (values: SubscriptionValues) => unwrap(await api.PUT('/api/notifications/me', { body: bodyOf(values, view.mandatoryKinds) })),
    onMutate: () => setUnmatched([]),
    onSuccess: (saved) => {
      queryClient.setQueryData(SUBSCRIPTION_KEY, saved);
      form.resetDirty(valuesOf(saved));
      notifications.show({ color: 'green', message: t('settings.saved') });
    },
    onError: (error) => setUnmatched(applyError(form, error, { fields: subscriptionFields(kinds) })),
  });
  return (
    <form noValidate onSubmit={form.onSubmit((values) => save.mutate(values))}>
      <Stack maw={760}>
        {!view.subscribed && <Alert color="blue">{t('settings.notSubscribed')}</Alert>}
        {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
        <TextInput type="email" label={t('settings.email')} description={t('settings.emailHint')} autoComplete="email" key={form.key('email')} {...form.getInputProps('email')} />
        <Select
          label={t('settings.language')}
          description={t('settings.languageHint')}
          allowDeselect={false}
          data={LANGUAGES.map((code) => ({ value: code, label: t(`settings.languages.${code}`) }))}
          key={form.key('language')}
          {...form.getInputProps('language')}
        />
        <Table withTableBorder striped>
          <Table.Caption>{t('settings.channelsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('settings.kind')}</Table.Th>
              {PERSONAL_CHANNELS.map((channel) => (
                <Table.Th scope="col" key={channel}>{t(`settings.channel.${channel}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kinds.map((kind) => {
              const mandatory = view.mandatoryKinds.includes(kind);
              const error = form.errors[`channels.${kind}`];
              return (
                <Table.Tr key={kind}>
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm">{t(`kinds.${kind}`)}</Text>
                    {mandatory && <Text size="xs" c="dimmed">{t('settings.mandatory')}</Text>}
                    {error && <Text size="xs" c="red" role="alert" id={`channels-${kind}-error`}>{error}</Text>}
                  </Table.Th>
                  {PERSONAL_CHANNELS.map((channel) => (
                    <Table.Td key={channel}>
                      <Checkbox
                        aria-label={t('settings.channelOf', { kind: t(`kinds.${kind}`), channel: t(`settings.channel.${channel}`) })}
                        disabled={mandatory}
                        error={error ? true : undefined}
                        aria-describedby={error ? `channels-${kind}-error` : undefined}
                        key={form.key(`channels.${kind}.${channel}`)}
                        {...form.getInputProps(`channels.${kind}.${channel}`, { type: 'checkbox' })}
                        {...(mandatory ? { checked: true } : {})}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
