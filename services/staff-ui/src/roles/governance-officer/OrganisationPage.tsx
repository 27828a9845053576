import { Alert, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate, formatNumber } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { DueBadge, PledgeBadge } from './badges';
import { OrganisationWebhooks } from '../../notifications/OrganisationWebhooks';
import { OpenBreachReports } from './OpenBreachReports';
import { attestationStatus } from './due-status';
import { ObligationsCard } from './ObligationsCard';
import { StandingActions } from './StandingActions';

/** `/governance-officer/organisations/$organisationId`: the pledge signed, attestations and obligations due or overdue, breaches and the suspension. */
export function OrganisationPage({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('governance-officer');
  const query = useQuery({
    queryKey: ['governance', 'organisation', organisationId],
    queryFn: async () => unwrap(await api.GET('/api/governance/organisations/{organisationId}', { params: { path: { organisationId } } })),
  });
  return (
    <QueryState query={query}>
      {(o) => {
        const now = new Date();
        const attestationDue = attestationStatus(o.attestation, now);
        return (
          <Stack maw={1100}>
            <Group justify="space-between">
              <div>
                <Title order={1} size="h2">
                  {t('organisation.title', { name: o.legalName ?? o.organisationId })}
                </Title>
                <Text c="dimmed">
                  {o.organisationId}
                  {o.country ? ` · ${o.country}` : ''}
                </Text>
              </div>
              <PledgeBadge status={o.status} />
            </Group>
            {o.suspension && (
              <Alert color="red" title={t('organisation.suspension')}>
                <Text>{t('organisation.suspendedSince', { date: formatDate(o.suspension.requestedAt), reason: o.suspension.reason })}</Text>
                {o.suspension.breachId && <Text size="sm">{t('organisation.breachRef', { id: o.suspension.breachId })}</Text>}
              </Alert>
            )}
            <Card withBorder component="section" aria-labelledby="pledge-heading">
              <Title order={2} size="h4" id="pledge-heading" mb="xs">
                {t('organisation.pledge')}
              </Title>
              {o.signature ? (
                <>
                  <Text>{t('organisation.signed', { version: o.signature.pledgeVersion, date: formatDate(o.signature.signedAt), by: o.signature.signedBy })}</Text>
                  <Text size="sm" c="dimmed">
                    {o.signature.optionalCommitments.length > 0 ? t('organisation.optional', { list: o.signature.optionalCommitments.join(', ') }) : t('organisation.noOptional')}
                  </Text>
                </>
              ) : (
                <Text>{t('organisation.unsigned')}</Text>
              )}
              {o.lapsed && <Text c="orange.9">{t('organisation.lapsed')}</Text>}
            </Card>
            <Card withBorder component="section" aria-labelledby="attestation-heading">
              <Title order={2} size="h4" id="attestation-heading" mb="xs">
                {t('organisation.attestation')}
              </Title>
              {o.attestation && attestationDue ? (
                <Group>
                  <Text>{t('organisation.attestationDue', { date: formatDate(o.attestation.nextDueAt) })}</Text>
                  <DueBadge due={attestationDue} />
                  {o.attestation.breachAt && <Text size="sm">{t('organisation.breachAt', { date: formatDate(o.attestation.breachAt) })}</Text>}
                </Group>
              ) : (
                <Text c="dimmed">{t('organisation.noAttestation')}</Text>
              )}
            </Card>
            <ObligationsCard organisation={o} now={now} />
            <Card withBorder component="section" aria-labelledby="attestations-heading">
              <Title order={2} size="h4" id="attestations-heading" mb="xs">
                {t('organisation.attestations')}
              </Title>
              {o.attestations.length === 0 ? (
                <Text c="dimmed">{t('organisation.noAttestations')}</Text>
              ) : (
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('organisation.period')}</Table.Th>
                      <Table.Th>{t('organisation.declared')}</Table.Th>
                      <Table.Th>{t('organisation.accounted')}</Table.Th>
                      <Table.Th>{t('organisation.flags')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {o.attestations.map((a) => (
                      <Table.Tr key={a.attestationId}>
                        <Table.Td>{formatDate(a.periodDueAt)}</Table.Td>
                        <Table.Td>
                          {a.declaredTrainingFlop.toExponential(2)} / {formatNumber(a.declaredEnergyKwh)}
                        </Table.Td>
                        <Table.Td>
                          {a.accountingTrainingFlop.toExponential(2)} / {formatNumber(a.accountingEnergyKwh)}
                        </Table.Td>
                        <Table.Td>{a.flags.length > 0 ? a.flags.join(', ') : '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
            <Card withBorder component="section" aria-labelledby="breaches-heading">
              <Title order={2} size="h4" id="breaches-heading" mb="xs">
                {t('organisation.breaches')}
              </Title>
              {o.breaches.length === 0 ? (
                <Text c="dimmed">{t('organisation.noBreaches')}</Text>
              ) : (
                <List>
                  {o.breaches.map((b) => (
                    <List.Item key={b.breachId}>
                      {formatDate(b.breachedAt)} · {t(`cause.${b.cause}`)} · {b.reason}
                    </List.Item>
                  ))}
                </List>
              )}
            </Card>
            <OpenBreachReports organisationId={o.organisationId} />
            <OrganisationWebhooks organisationId={o.organisationId} name={o.legalName ?? o.organisationId} />
            <StandingActions organisation={o} />
          </Stack>
        );
      }}
    </QueryState>
  );
}
