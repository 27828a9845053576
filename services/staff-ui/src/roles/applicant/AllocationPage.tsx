import { Alert, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { BurnDownChart } from '../../components/BurnDownChart';
import { FactList } from '../../components/FactList';
import { formatDate, formatNumber } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { AllocationStatusBadge } from './AllocationStatusBadge';
import { orNull } from './applicant-queries';
import { FinalReportForm } from './FinalReportForm';

/** `/applicant/allocations/$allocationId`: the award, its burn-down as charged, and the final report. */
export function AllocationPage({ allocationId }: { allocationId: string }) {
  const { t } = useTranslation('applicant');
  const query = useQuery({
    queryKey: ['applicant-allocation', allocationId],
    queryFn: async () => {
      const [award, account] = await Promise.all([
        api.GET('/api/allocation/allocations/{id}', { params: { path: { id: allocationId } } }).then(unwrap),
        // Accounting opens the account once the award reaches it: until then there is no burn-down.
        orNull(api.GET('/api/accounting/allocations/{id}', { params: { path: { id: allocationId } } })),
      ]);
      return { award, account };
    },
  });
  return (
    <QueryState query={query}>
      {({ award, account }) => (
        <Stack maw={1100}>
          <Group justify="space-between">
            <Title order={1} size="h2">
              {t('allocation.title', { project: award.projectId })}
            </Title>
            <AllocationStatusBadge status={award.status} size="lg" />
          </Group>
          <Text>{t(`allocation.statusText.${award.status}`)}</Text>
          <Award award={award} />
          {account ? (
            <Card withBorder>
              <Text mb="sm">{t('allocation.balance', { charged: formatNumber(account.chargedGpuHours), balance: formatNumber(account.balanceGpuHours), percent: formatNumber(account.usedPercent) })}</Text>
              <BurnDownChart start={account.start} end={account.end} awardedGpuHours={account.awardedGpuHours} monthlyQuotaGpuHours={account.monthlyQuotaGpuHours} monthlyBurn={account.monthlyBurn} />
            </Card>
          ) : (
            <Alert>{t('allocation.noAccount')}</Alert>
          )}
          <Card withBorder component="section" aria-labelledby="final-report-heading">
            <Title order={2} size="h4" id="final-report-heading" mb="xs">
              {t('finalReport.title')}
            </Title>
            <FinalReport award={award} />
          </Card>
        </Stack>
      )}
    </QueryState>
  );
}

function Award({ award }: { award: Schemas['AllocationView'] }) {
  const { t } = useTranslation('applicant');
  const facts: Array<[string, string]> = [
    ['gpuHours', formatNumber(award.gpuHours)],
    ['quota', formatNumber(award.monthlyQuotaGpuHours)],
    ['where', `${award.system} / ${award.partition}`],
    ['period', `${formatDate(award.start)} – ${formatDate(award.end)}`],
  ];
  return (
    <Card withBorder component="section" aria-labelledby="award-heading">
      <Title order={2} size="h4" id="award-heading" mb="xs">
        {t('allocation.award', { mode: t(`mode.${award.mode}`, { ns: 'translation' }) })}
      </Title>
      <FactList columns={4} facts={facts.map(([key, value]) => [t(`allocation.${key}`), value] as const)} />
      {award.partial && <Text mt="sm">{t('allocation.partial')}</Text>}
      {award.activatedAt && (
        <Text mt="sm" size="sm" c="dimmed">
          {t('allocation.activatedAt', { date: formatDate(award.activatedAt) })}
        </Text>
      )}
    </Card>
  );
}

function FinalReport({ award }: { award: Schemas['AllocationView'] }) {
  const { t } = useTranslation('applicant');
  if (award.finalReportSubmittedAt) return <Text>{t('finalReport.done', { date: formatDate(award.finalReportSubmittedAt) })}</Text>;
  if (award.status !== 'closed') return <Text>{t('finalReport.later')}</Text>;
  return (
    <Stack>
      <Alert color={award.finalReportOverdue ? 'red' : 'blue'}>{t(award.finalReportOverdue ? 'finalReport.overdue' : 'finalReport.due', { date: formatDate(award.finalReportDue) })}</Alert>
      <FinalReportForm allocationId={award.allocationId} revision={award.revision} />
    </Stack>
  );
}
