import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A signing secret, shown the once the API answers it: copy it now, it cannot be read again. */
export function SecretShown({ url, secret, onDone }: { url: string; secret: { id: string; value: string }; onDone: () => void }) {
  const { t } = useTranslation('notifications');
  return (
    <Alert color="orange" title={t('webhooks.secretTitle', { url })} role="status">
      <Stack gap="xs">
        <Text size="sm">{t('webhooks.secretOnce')}</Text>
        <Code block aria-label={t('webhooks.secretLabel')}>{secret.value}</Code>
        <Group>
          <CopyButton value={secret.value}>
            {({ copied, copy }) => (
              <Button size="xs" variant={copied ? 'light' : 'filled'} onClick={copy}>
                {copied ? t('webhooks.copied') : t('webhooks.copy')}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('webhooks.secretKept')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
