import { Alert, Button, Group, List, NumberInput, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../api/client';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyProblem } from '../../forms/problem-to-form';
import { QueryState } from '../QueryState';
import { changedKeys, fieldsOf, fromFormValues, humanise, settingsValidators, toFormValues, withNestedPaths, withoutPrefix, type SettingsFormValues } from './settings-form';
import { SettingsHistory } from './SettingsHistory';
import { ASKS_REASON, FIELD_PREFIX, readSettings, writeSettings, type SettingsService, type VersionedSettings } from './settings-services';

/**
 * `/<role>/settings`: the service's versioned configuration, changed with If-Match; what a save
 * changes is listed before it is sent; below, every version so far, newest first.
 */
export function SettingsPage({ service }: { service: SettingsService }) {
  const query = useQuery({ queryKey: ['settings', service], queryFn: () => readSettings(service) });
  // A new revision is a new form: its initial values are what the service now holds.
  return (
    <QueryState query={query}>
      {(current) => (
        <Stack maw={960} gap="xl">
          <SettingsForm key={current.revision} service={service} current={current} />
          <SettingsHistory service={service} revision={current.revision} />
        </Stack>
      )}
    </QueryState>
  );
}

/** The reason a change carries where the service asks one; not a setting, so kept beside them in the form. */
const REASON = 'reason';

function SettingsForm({ service, current }: { service: SettingsService; current: VersionedSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fields = fieldsOf(current.settings);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const asksReason = ASKS_REASON.has(service);
  const validate = { ...settingsValidators(fields, t), ...(asksReason ? { [REASON]: (value: number | string) => (String(value).trim() === '' ? t('settings.reasonRequired') : null) } : {}) };
  const initialValues = { ...toFormValues(current.settings), ...(asksReason ? { [REASON]: '' } : {}) };
  const form = useForm<SettingsFormValues>({ mode: 'controlled', initialValues, validateInputOnChange: true, validate });
  const label = (key: string) => t(`settings.fields.${key}`, { defaultValue: humanise(key) });
  const valid = Object.values(form.errors).every((e) => !e);
  const changed = valid ? safeChanged(current, fields, form.getValues()) : [];
  const save = useMutation({
    mutationFn: () => writeSettings(service, fromFormValues(fields, form.getValues()), current.revision, String(form.getValues()[REASON] ?? '').trim()),
    onMutate: () => setUnmatched([]),
    onSuccess: (saved) => {
      notifications.show({ color: 'green', message: t('settings.saved', { revision: saved.revision }) });
      queryClient.setQueryData(['settings', service], saved);
    },
    onError: (error) => {
      const problem = problemOf(error);
      const named = problem && withNestedPaths(withoutPrefix(problem, FIELD_PREFIX[service]), fields);
      setUnmatched(named ? applyProblem(form, named, { fields: [...fields.map((f) => f.key), ...(asksReason ? [REASON] : [])] }) : [error.message]);
    },
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t(`settings.title.${service}`)}
      </Title>
      <Text c="dimmed">{t('settings.intro', { revision: current.revision })}</Text>
      <form noValidate onSubmit={form.onSubmit(() => save.mutate())}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {fields
              .filter((f) => f.kind === 'number')
              .map(({ key }) => (
                <NumberInput key={form.key(key)} label={label(key)} withAsterisk {...form.getInputProps(key)} />
              ))}
          </SimpleGrid>
          {fields
            .filter((f) => f.kind === 'json')
            .map(({ key }) => (
              <Textarea key={form.key(key)} label={label(key)} description={t('settings.jsonHint')} autosize minRows={2} maxRows={16} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} {...form.getInputProps(key)} />
            ))}
          {asksReason && <TextInput label={t('settings.reason')} description={t('settings.reasonHint')} withAsterisk {...form.getInputProps(REASON)} />}
          {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
          {changed.length > 0 ? (
            <Alert color="blue" title={t('settings.willChange', { count: changed.length })}>
              <List>
                {changed.map((key) => (
                  <List.Item key={key}>{label(key)}</List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <Text size="sm">{t('settings.unchanged')}</Text>
          )}
          <Group>
            <Button type="submit" loading={save.isPending} disabled={changed.length === 0}>
              {t('settings.save')}
            </Button>
            {/* Also while a setting does not parse: undoing is the way back. */}
            <Button variant="default" disabled={!form.isDirty()} onClick={() => form.setValues(initialValues)}>
              {t('settings.reset')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** What a save would change; nothing while a field does not parse (the form says where). */
function safeChanged(current: VersionedSettings, fields: ReturnType<typeof fieldsOf>, values: SettingsFormValues): string[] {
  try {
    return changedKeys(current.settings, fromFormValues(fields, values));
  } catch {
    return [];
  }
}
