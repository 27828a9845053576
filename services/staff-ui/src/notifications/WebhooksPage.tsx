import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentSession } from '../auth/session';
import { WebhookEndpoints } from './WebhookEndpoints';
import { ownerOf } from './webhook-form';

/** `/notifications/webhooks`: the webhook endpoints of the caller's organisation (an applicant) or site. Staff manage an organisation's on its page (OrganisationWebhooks). */
export function WebhooksPage() {
  const { t } = useTranslation('notifications');
  const session = currentSession();
  const owner = session ? ownerOf(session) : null;
  if (!owner) return <Alert color="gray">{t('webhooks.notOwner')}</Alert>;
  return (
    <Stack>
      <Title order={1}>{t('webhooks.title')}</Title>
      <Text>{t('webhooks.intro')}</Text>
      <WebhookEndpoints owner={owner} />
    </Stack>
  );
}
