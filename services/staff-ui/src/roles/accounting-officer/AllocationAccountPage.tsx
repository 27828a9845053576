import { Alert, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate, formatNumber } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { BurnDownChart } from '../../components/BurnDownChart';

/** `/accounting-officer/allocations/$allocationId`: the balance, the burn-down against the monthly quota, and the alerts. */
export function AllocationAccountPage({ allocationId }: { allocationId: string }) {
  const { t } = useTranslation('accounting-officer');
  const query = useQuery({ queryKey: ['accounting-allocation', allocationId], queryFn: async () => unwrap(await api.GET('/api/accounting/allocations/{id}', { params: { path: { id: allocationId } } })) });
  return (
    <QueryState query={query}>
      {(a) => {
        return (
          <Stack maw={1100}>
            <Title order={1} size="h2">
              {t('allocation.title', { project: a.projectId })}
            </Title>
            <Text c="dimmed">{t('allocation.summary', { organisation: a.organisationId, system: a.system, partition: a.partition, start: formatDate(a.start), end: formatDate(a.end) })}</Text>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {[
                ['awarded', formatNumber(a.awardedGpuHours)],
                ['charged', formatNumber(a.chargedGpuHours)],
                ['balance', formatNumber(a.balanceGpuHours)],
                ['quota', formatNumber(a.monthlyQuotaGpuHours)],
                ['used', `${formatNumber(a.usedPercent)} %`],
                ['jobs', formatNumber(a.jobs)],
                ['energy', formatNumber(a.energyKwh)],
                ['flop', a.estimatedTrainingFlop.toExponential(2)],
              ].map(([key, value]) => (
                <Card withBorder key={key} padding="sm">
                  <Text size="sm">{t(`allocation.${key}`)}</Text>
                  <Text fw={700}>{value}</Text>
                </Card>
              ))}
            </SimpleGrid>
            <Card withBorder component="section" aria-labelledby="alerts-heading">
              <Title order={2} size="h4" id="alerts-heading" mb="xs">
                {t('allocation.alerts')}
              </Title>
              <Text>{a.thresholdsReached.length ? t('allocation.thresholds', { list: a.thresholdsReached.map((p) => `${p} %`).join(', ') }) : t('allocation.noThresholds')}</Text>
              {a.overuse && (
                <Alert color="red" mt="xs">
                  {t('allocation.overuse', { date: formatDate(a.overuse.detectedAt), action: a.overuse.action })}
                </Alert>
              )}
              {a.midTerm?.underuse && (
                <Alert color="yellow" mt="xs">
                  {t('allocation.underuse')}
                </Alert>
              )}
              {a.suspension && (
                <Alert color="orange" mt="xs">
                  {t('allocation.suspended', { reason: a.suspension.reason })}
                </Alert>
              )}
            </Card>
            <Card withBorder>
              <BurnDownChart start={a.start} end={a.end} awardedGpuHours={a.awardedGpuHours} monthlyQuotaGpuHours={a.monthlyQuotaGpuHours} monthlyBurn={a.monthlyBurn} />
            </Card>
          </Stack>
        );
      }}
    </QueryState>
  );
}
