import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WebhookEndpoints } from './WebhookEndpoints';

/**
 * An organisation's webhook endpoints on a staff page (the governance officer's organisation page):
 * programme staff register, disable, enable and rotate them on the organisation's behalf, the
 * organisation named to the API and on screen (ADR 34; the API checks who may).
 */
export function OrganisationWebhooks({ organisationId, name }: { organisationId: string; name: string }) {
  const { t } = useTranslation('notifications');
  return (
    <Card withBorder component="section" aria-labelledby="organisation-webhooks-heading">
      <Title order={2} size="h4" id="organisation-webhooks-heading" mb="xs">
        {t('webhooks.organisationTitle', { owner: name })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('webhooks.organisationIntro', { owner: name })}
      </Text>
      <WebhookEndpoints owner={{ organisationId }} ownerName={name} headingLevel={3} />
    </Card>
  );
}
