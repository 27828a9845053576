import { Alert, Button, Checkbox, List, Stack, Text, Title } from '@mantine/core';
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
import { needsResigning } from './organisation-todo';

interface SignValues {
  optionalCommitments: string[];
  agreed: boolean;
}

/**
 * The current pledge version's text, what it commits to, and the representative's signature. With
 * `signedVersion` (the organisation signed an older version that still holds): only when a newer
 * version is in force, introduced as a new version to sign before the old signature lapses.
 */
export function SignPledge({ organisationId, revision, signedVersion }: { organisationId: string; revision: number; signedVersion?: number }) {
  const { t } = useTranslation('applicant');
  const current = useQuery({
    queryKey: ['pledge-version', 'current'],
    staleTime: 300_000,
    queryFn: async () => {
      const { currentVersion } = unwrap(await api.GET('/api/governance/pledge-versions', { params: { query: { page: 1, pageSize: 1 } } }));
      if (currentVersion === 0) return null;
      return unwrap(await api.GET('/api/governance/pledge-versions/{version}', { params: { path: { version: currentVersion } } }));
    },
  });
  return (
    <QueryState query={current}>
      {(version) => {
        if (version === null) return signedVersion === undefined ? <Alert color="yellow">{t('pledge.noVersion')}</Alert> : null;
        if (signedVersion === undefined) return <PledgeText version={version} organisationId={organisationId} revision={revision} />;
        if (!needsResigning(signedVersion, version.pledgeVersion)) return null;
        return (
          <Stack mt="md">
            <Alert color="orange" title={t('pledge.newVersion', { version: version.pledgeVersion })}>
              {t('pledge.newVersionWhy', { signed: signedVersion })}
            </Alert>
            <PledgeText version={version} organisationId={organisationId} revision={revision} />
          </Stack>
        );
      }}
    </QueryState>
  );
}

function PledgeText({ version, organisationId, revision }: { version: Schemas['PledgeVersionView']; organisationId: string; revision: number }) {
  const { t } = useTranslation('applicant');
  const queryClient = useQueryClient();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<SignValues>({
    mode: 'controlled',
    initialValues: { optionalCommitments: [], agreed: false },
    validateInputOnChange: true,
    validate: { agreed: (v) => (v ? null : t('validation.agreePledge')) },
  });
  const sign = useMutation({
    mutationFn: async (values: SignValues) =>
      unwrap(
        await api.POST('/api/governance/organisations/{organisationId}/signatures', {
          params: { path: { organisationId }, header: { 'If-Match': `"${revision}"` } },
          body: { pledgeVersion: version.pledgeVersion, optionalCommitments: values.optionalCommitments },
        }),
      ),
    onMutate: () => setUnmatched([]),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('pledge.signed') });
      void queryClient.invalidateQueries({ queryKey: ['applicant-organisation'] });
    },
    onError: (error) => setUnmatched(applyError(form, error, { fields: ['optionalCommitments', 'agreed'] })),
  });
  const text = version.text;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('pledge.versionOf', { version: version.pledgeVersion, date: formatDate(version.publishedAt) })}
      </Text>
      <Title order={3} size="h5">
        {t('pledge.core')}
      </Title>
      <List>
        {Object.entries(text.coreCommitments).map(([key, value]) => (
          <List.Item key={key}>{value}</List.Item>
        ))}
      </List>
      <Title order={3} size="h5">
        {t('pledge.training')}
      </Title>
      <List>
        {Object.entries(text.modelTrainingDuties).map(([key, value]) => (
          <List.Item key={key}>{value}</List.Item>
        ))}
      </List>
      <Title order={3} size="h5">
        {t('pledge.civilian')}
      </Title>
      <Text>{text.civilianUse}</Text>
      {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
      <form noValidate onSubmit={form.onSubmit((values) => sign.mutate(values))}>
        <Stack>
          {text.optionalCommitments.length > 0 && (
            <Checkbox.Group label={t('pledge.optional')} key={form.key('optionalCommitments')} {...form.getInputProps('optionalCommitments')}>
              <Stack gap="xs" mt="xs">
                {text.optionalCommitments.map((c) => (
                  <Checkbox key={c.id} value={c.id} label={c.text} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <Checkbox label={t('pledge.agree', { version: version.pledgeVersion })} key={form.key('agreed')} {...form.getInputProps('agreed', { type: 'checkbox' })} />
          <Button type="submit" loading={sign.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('pledge.sign')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
