import { Anchor, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatDate } from '../../components/format';
import { DueBadge } from './badges';
import { obligationsByUrgency } from './due-status';
import { ObligationActions } from './ObligationActions';

/** The organisation's obligations (ethics conditions), the most urgent first, with what the officer can do about each. */
export function ObligationsCard({ organisation, now }: { organisation: Schemas['OrganisationPledgeView']; now: Date }) {
  const { t } = useTranslation('governance-officer');
  return (
    <Card withBorder component="section" aria-labelledby="obligations-heading">
      <Title order={2} size="h4" id="obligations-heading" mb="xs">
        {t('organisation.obligations')}
      </Title>
      {organisation.obligations.length === 0 ? (
        <Text c="dimmed">{t('organisation.noObligations')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('organisation.obligation')}</Table.Th>
              <Table.Th>{t('organisation.dueDate')}</Table.Th>
              <Table.Th>{t('organisation.state')}</Table.Th>
              <Table.Th>{t('organisation.evidence')}</Table.Th>
              <Table.Th>{t('actions.column')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {obligationsByUrgency(organisation.obligations, now).map((ob) => (
              <Table.Tr key={ob.obligationId}>
                <Table.Td>{ob.text}</Table.Td>
                <Table.Td>{formatDate(ob.dueAt)}</Table.Td>
                <Table.Td>
                  <DueBadge due={ob.due} />
                </Table.Td>
                <Table.Td>
                  {ob.evidence ? (
                    <>
                      {ob.evidence.summary} ({formatDate(ob.evidence.submittedAt)})
                      {ob.evidence.links.map((link) => (
                        <Anchor key={link} href={link} target="_blank" rel="noreferrer" display="block" size="sm">
                          {link}
                        </Anchor>
                      ))}
                    </>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  <ObligationActions organisation={organisation} obligation={ob} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
