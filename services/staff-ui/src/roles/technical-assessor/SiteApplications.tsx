import { Anchor, Badge, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { siteApplications } from './site-applications-query';

const OUTCOME_COLOURS: Record<string, string> = { accepted: 'green', 'accepted-with-remarks': 'teal', rejected: 'red' };

/**
 * The applications on the site's own systems with their technical assessment: the assessor's list
 * (rows link to the assessment) and, read-only, the site's (no `linkBase`).
 */
export function SiteApplications({ linkBase }: { linkBase?: string }) {
  const { t } = useTranslation('technical-assessor');
  const query = useQuery({ queryKey: ['allocation-applications', 'site-all'], queryFn: siteApplications });
  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t('list.title')}
      </Title>
      <QueryState query={query}>
        {(items) => (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.application')}</Table.Th>
                <Table.Th>{t('table.mode', { ns: 'translation' })}</Table.Th>
                <Table.Th>{t('list.system')}</Table.Th>
                <Table.Th ta="right">{t('table.gpuHours', { ns: 'translation' })}</Table.Th>
                <Table.Th>{t('table.submittedAt', { ns: 'translation' })}</Table.Th>
                <Table.Th>{t('list.technical')}</Table.Th>
                <Table.Th>{t('list.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={7}>{t('common.noRecords', { ns: 'translation' })}</Table.Td>
                </Table.Tr>
              )}
              {items.map((a) => (
                <Table.Tr key={a.applicationId}>
                  <Table.Td>
                    {linkBase ? (
                      <Anchor component={Link} to={`${linkBase}/${a.applicationId}`}>
                        {a.organisationId} · {a.applicationId.slice(-8)}
                      </Anchor>
                    ) : (
                      `${a.organisationId} · ${a.applicationId.slice(-8)}`
                    )}
                  </Table.Td>
                  <Table.Td>{a.mode ? t(`mode.${a.mode}`, { ns: 'translation' }) : '—'}</Table.Td>
                  <Table.Td>
                    {a.system ?? '—'} / {a.partition ?? '—'}
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(a.gpuHours)}</Table.Td>
                  <Table.Td>{formatDate(a.submittedAt)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" autoContrast color={a.technicalOutcome ? OUTCOME_COLOURS[a.technicalOutcome] : 'gray'}>
                      {a.technicalOutcome ? t(`assess.outcomes.${a.technicalOutcome}`) : t('list.pending')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{a.status}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </Stack>
  );
}
