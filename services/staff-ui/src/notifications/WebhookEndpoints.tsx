import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { QueryState } from '../components/QueryState';
import { formatDate } from './notification-words';
import { RegisterWebhookForm } from './RegisterWebhookForm';
import { SecretShown } from './SecretShown';
import { endpointState, ifMatchOf, webhooksKeyOf, type EndpointOwner, type WebhookEndpoint } from './webhook-form';

/** Every kind of notification, in the order the service lists them (the settings' and the filter's). */
export const NOTIFICATION_KINDS = ['information-requested', 'screening-outcome', 'ethics-outcome', 'allocation-awarded', 'application-not-funded', 'allocation-provisioned', 'usage-threshold', 'monthly-quota-exceeded', 'allocation-suspended', 'allocation-resumed', 'attestation-due', 'attestation-overdue', 'final-report-due', 'final-report-overdue', 'reviewer-assigned', 'cut-off-ranked'] as const;

/**
 * One owner's webhook endpoints: the list with disable, enable, rotate and the delivery log, and
 * the registration form. The owner is always named to the API, so the same screen serves the
 * owner itself (WebhooksPage) and programme staff on an organisation's page (OrganisationWebhooks);
 * `ownerName` names it in the caption and the form's title when it is not the caller's own.
 */
export function WebhookEndpoints({ owner, ownerName, headingLevel = 2 }: { owner: EndpointOwner; ownerName?: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('notifications');
  const [secret, setSecret] = useState<{ url: string; secret: { id: string; value: string } } | null>(null);
  const queryClient = useQueryClient();
  const key = webhooksKeyOf(owner);
  const endpoints = useQuery({ queryKey: key, queryFn: async () => unwrap(await api.GET('/api/notifications/webhooks', { params: { query: owner } })) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  return (
    <Stack>
      {secret && <SecretShown url={secret.url} secret={secret.secret} onDone={() => setSecret(null)} />}
      <QueryState query={endpoints}>
        {(list) =>
          list.length === 0 ? (
            <Text>{ownerName ? t('webhooks.noneOf', { owner: ownerName }) : t('webhooks.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={960}>
              <Table withTableBorder striped>
                <Table.Caption>{ownerName ? t('webhooks.captionOf', { owner: ownerName }) : t('webhooks.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('webhooks.url')}</Table.Th>
                    <Table.Th scope="col">{t('webhooks.kinds')}</Table.Th>
                    <Table.Th scope="col">{t('webhooks.state')}</Table.Th>
                    <Table.Th scope="col">{t('webhooks.registeredAt')}</Table.Th>
                    <Table.Th scope="col">{t('webhooks.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((endpoint) => (
                    <EndpointRow key={endpoint.endpointId} endpoint={endpoint} onChanged={refresh} onSecret={(value) => setSecret({ url: endpoint.url, secret: value })} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      <RegisterWebhookForm
        owner={owner}
        kinds={NOTIFICATION_KINDS}
        title={ownerName ? t('webhooks.registerFor', { owner: ownerName }) : t('webhooks.register')}
        headingLevel={headingLevel}
        onRegistered={(endpoint) => {
          setSecret({ url: endpoint.url, secret: endpoint.secret });
          void refresh();
        }}
      />
    </Stack>
  );
}

function EndpointRow({ endpoint, onChanged, onSecret }: { endpoint: WebhookEndpoint; onChanged: () => void; onSecret: (secret: { id: string; value: string }) => void }) {
  const { t, i18n } = useTranslation('notifications');
  const state = endpointState(endpoint);
  const params = { path: { id: endpoint.endpointId }, header: ifMatchOf(endpoint) };
  const onError = (error: Error) => notifications.show({ color: 'red', message: error.message });
  const toggle = useMutation({
    mutationFn: async () => unwrap(endpoint.enabled ? await api.POST('/api/notifications/webhooks/{id}/disable', { params }) : await api.POST('/api/notifications/webhooks/{id}/enable', { params })),
    onSuccess: onChanged,
    onError,
  });
  const rotate = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/notifications/webhooks/{id}/secret-rotation', { params })),
    onSuccess: (rotated) => {
      onSecret(rotated.secret);
      onChanged();
    },
    onError,
  });
  const where = endpoint.description ? `${endpoint.description} (${endpoint.url})` : endpoint.url;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" style={{ wordBreak: 'break-all' }}>{endpoint.url}</Text>
        {endpoint.description && <Text size="xs" c="dimmed">{endpoint.description}</Text>}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{endpoint.kinds.length === 0 ? t('webhooks.everyKind') : endpoint.kinds.map((kind) => t(`kinds.${kind}`)).join(', ')}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={700} c={state === 'enabled' ? 'green' : state === 'gone' ? 'red' : 'gray'} style={{ whiteSpace: 'nowrap' }}>
          {t(`webhooks.states.${state}`)}
        </Text>
        {state === 'gone' && <Text size="xs" c="dimmed">{t('webhooks.goneHint')}</Text>}
        {endpoint.previousSecretExpiresAt && <Text size="xs" c="dimmed">{t('webhooks.previousSecretUntil', { date: formatDate(endpoint.previousSecretExpiresAt, i18n.language) })}</Text>}
      </Table.Td>
      <Table.Td>{formatDate(endpoint.registeredAt, i18n.language)}</Table.Td>
      <Table.Td>
        {/* Buttons keep their whole label (a flex item with hidden overflow would shrink to nothing): the row wraps instead. */}
        <Group gap="xs" wrap="wrap">
          <Button size="xs" variant="default" style={{ flexShrink: 0 }} loading={toggle.isPending} onClick={() => toggle.mutate()} aria-label={t(endpoint.enabled ? 'webhooks.disableOf' : 'webhooks.enableOf', { where })}>
            {t(endpoint.enabled ? 'webhooks.disable' : 'webhooks.enable')}
          </Button>
          <Button size="xs" variant="default" style={{ flexShrink: 0 }} loading={rotate.isPending} onClick={() => rotate.mutate()} aria-label={t('webhooks.rotateOf', { where })}>
            {t('webhooks.rotate')}
          </Button>
          <Anchor component={Link} to={`/notifications/webhooks/${endpoint.endpointId}`} size="sm" style={{ whiteSpace: 'nowrap' }} aria-label={t('webhooks.deliveriesOf', { where })}>
            {t('webhooks.deliveries')}
          </Anchor>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
