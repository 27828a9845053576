import { Alert, Card, Code, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FactList } from '../../components/FactList';
import { QueryState } from '../../components/QueryState';
import { ledgerFinding, type LedgerFinding } from './ledger-finding';

/** `/auditor/verification`: the newest signed checkpoint and whether the stored history still matches it (`/health/ready`). */
export function VerificationPage() {
  const { t } = useTranslation('auditor');
  const checkpoint = useQuery({ queryKey: ['auditor', 'checkpoint'], queryFn: async () => unwrap(await api.GET('/api/audit/ledger/checkpoints/latest')) });
  const finding = useQuery({
    queryKey: ['auditor', 'ready'],
    // 503 is an answer here, not a failure: its detail holds the ledger's finding.
    queryFn: async (): Promise<LedgerFinding> => {
      const answer = await api.GET('/health/ready');
      return ledgerFinding(answer.data ?? (answer.error as { detail?: string } | undefined) ?? { detail: String(answer.response.status) });
    },
  });
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('verification.title')}
      </Title>
      <Text c="dimmed">{t('verification.intro')}</Text>
      <QueryState query={finding}>
        {(f) =>
          f.state === 'intact' ? (
            <Alert color="green" title={t('verification.intact')} />
          ) : (
            <Alert color={f.state === 'altered' ? 'red' : 'orange'} title={t(`verification.${f.state}`)}>
              {f.detail}
            </Alert>
          )
        }
      </QueryState>
      <QueryState query={checkpoint}>
        {(c) => (
          <Card withBorder component="section" aria-labelledby="checkpoint-heading">
            <Stack gap="xs">
              <Title order={2} size="h4" id="checkpoint-heading">
                {t('verification.checkpoint')}
              </Title>
              <FactList
                facts={[
                  [t('verification.treeSize'), String(c.treeSize)],
                  [t('verification.signedAt'), new Date(c.signedAt).toLocaleString()],
                  [t('verification.signedBy'), `${c.keyName} (${c.keyId})`],
                  [t('verification.rootHash'), c.rootHash],
                ]}
              />
              <Code block tabIndex={0} aria-label={t('verification.note')}>
                {c.note}
              </Code>
            </Stack>
          </Card>
        )}
      </QueryState>
    </Stack>
  );
}
