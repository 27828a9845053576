import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { FactList } from '../../components/FactList';
import { formatDate, formatNumber } from '../../components/format';

/**
 * What an ethics case's reviewers read of the application (the dossier intake sent with its
 * eligibility): the chair, and a reviewer only once they declared no conflict. Its strings are the
 * ethics chair's namespace, so the reviewer's screens show the same words.
 */
export function Dossier({ dossier, headingLevel = 2 }: { dossier: Schemas['DossierView']; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('ethics-chair');
  const yesNo = (value: boolean) => (value ? t('dossier.yes') : t('dossier.no'));
  const facts: Array<[string, string]> = [
    [t('dossier.resources'), t('dossier.resourcesValue', { gpuHours: formatNumber(dossier.gpuHours), system: dossier.system, partition: dossier.partition, months: dossier.durationMonths, start: formatDate(dossier.start) })],
    [t('dossier.model'), t('dossier.modelValue', { kind: dossier.modelKind, flop: dossier.trainingComputeFlop.toExponential(1) })],
    [t('dossier.personalData'), yesNo(dossier.personalData)],
    [t('dossier.copyrightedMaterial'), yesNo(dossier.copyrightedMaterial)],
    [t('dossier.tdmOptOutsHonoured'), yesNo(dossier.tdmOptOutsHonoured)],
    [t('dossier.civilianUse'), yesNo(dossier.civilianUse)],
    [t('dossier.prohibitedPractice'), yesNo(dossier.prohibitedPractice)],
    [t('dossier.issueCategories'), dossier.issueCategories.length > 0 ? dossier.issueCategories.join(', ') : t('dossier.none')],
  ];
  return (
    <Stack gap="sm">
      <Title order={headingLevel} size="h4">
        {dossier.title}
      </Title>
      <Text>{dossier.projectSummary}</Text>
      <FactList facts={facts} />
      <Title order={(headingLevel + 1) as 3 | 4} size="h5">
        {t('dossier.selfAssessment')}
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dossier.principle')}</Table.Th>
            <Table.Th>{t('dossier.assessment')}</Table.Th>
            <Table.Th>{t('dossier.explanation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dossier.principles.map((p) => (
            <Table.Tr key={p.principle}>
              <Table.Td>{t(`principle.${p.principle}`, { defaultValue: p.principle })}</Table.Td>
              <Table.Td>
                <Badge variant="light" c="dark.8" color={p.assessment === 'issue-open' ? 'red' : p.assessment === 'issue-mitigated' ? 'yellow' : 'green'}>
                  {t(`assessment.${p.assessment}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{p.explanation}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export const RATING_COLOURS: Record<Schemas['RatingView']['rating'], string> = { 'no-issue': 'green', 'minor-issue': 'yellow', 'major-issue': 'red' };

export const CASE_STATUS_COLOURS: Record<Schemas['CaseSummaryView']['status'], string> = {
  'in-review': 'blue',
  'awaiting-decision': 'indigo',
  'information-requested': 'orange',
  decided: 'green',
  withdrawn: 'gray',
};

/** A case's status in words (the ethics chair's namespace) and colour. */
export function CaseStatusBadge({ status }: { status: Schemas['CaseSummaryView']['status'] }) {
  const { t } = useTranslation('ethics-chair');
  return (
    <Badge color={CASE_STATUS_COLOURS[status]} variant="light" c="dark.8">
      {t(`caseStatus.${status}`)}
    </Badge>
  );
}
