import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { formatDate, formatNumber } from './format';

/** What an application asks for, as officers, reviewers and the applicant read it. */
export function ProposalDetails({ proposal }: { proposal: Schemas['ProposalView'] }) {
  const { t } = useTranslation();
  const rows: Array<[string, string]> = [
    [t('proposal.mode'), proposal.mode ? t(`mode.${proposal.mode}`) : '—'],
    [t('proposal.system'), [proposal.system, proposal.partition].filter(Boolean).join(' / ') || '—'],
    [t('proposal.gpuHours'), formatNumber(proposal.gpuHours)],
    [t('proposal.durationMonths'), formatNumber(proposal.durationMonths)],
    [t('proposal.startDate'), formatDate(proposal.startDate)],
    [t('proposal.modelKind'), proposal.modelKind ?? '—'],
    [t('proposal.trainingComputeFlop'), proposal.trainingComputeFlop === null || proposal.trainingComputeFlop === undefined ? '—' : proposal.trainingComputeFlop.toExponential(2)],
  ];
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl">
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {proposal.projectSummary && <Text>{proposal.projectSummary}</Text>}
    </Stack>
  );
}
