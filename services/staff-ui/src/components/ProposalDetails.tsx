import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { FactList } from './FactList';
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
      <FactList facts={rows} />
      {proposal.projectSummary && <Text>{proposal.projectSummary}</Text>}
    </Stack>
  );
}
