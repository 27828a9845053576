import { Alert, Badge, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatDate, formatNumber } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { intakeOrganisation, ownOrganisationId, pledgeRecord } from './applicant-queries';
import { RegisterOrganisationForm } from './RegisterOrganisationForm';
import { SignPledge } from './SignPledge';

/** `/applicant/organisation`: register the organisation, then sign the programme's pledge. */
export function OrganisationPage() {
  const { t } = useTranslation('applicant');
  const organisationId = ownOrganisationId();
  const query = useQuery({
    queryKey: ['applicant-organisation', organisationId],
    queryFn: async () => {
      const [intake, pledge] = await Promise.all([intakeOrganisation(organisationId), pledgeRecord(organisationId)]);
      return { intake, pledge };
    },
    // The registration reaches governance, and the signature intake, through events: ask again until they have.
    refetchInterval: (q) => (q.state.data?.intake && (!q.state.data.pledge || (q.state.data.pledge.signature && !q.state.data.intake.pledge)) ? 1000 : false),
  });
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('organisation.title')}
      </Title>
      <QueryState query={query}>
        {({ intake, pledge }) =>
          intake === null ? (
            <RegisterOrganisationForm />
          ) : (
            <>
              <OrganisationDetails organisation={intake} />
              <Card withBorder component="section" aria-labelledby="pledge-heading">
                <Group justify="space-between" mb="xs">
                  <Title order={2} size="h4" id="pledge-heading">
                    {t('pledge.title')}
                  </Title>
                  {pledge && (
                    <Badge variant="light" color={pledge.status === 'signed' ? 'green' : 'orange'} c="dark.8">
                      {t(`pledge.status.${pledge.status}`)}
                    </Badge>
                  )}
                </Group>
                <PledgeState pledge={pledge} organisationId={organisationId} />
              </Card>
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}

function PledgeState({ pledge, organisationId }: { pledge: Schemas['OrganisationPledgeView'] | null; organisationId: string }) {
  const { t } = useTranslation('applicant');
  if (pledge === null || pledge.legalName === null) {
    return (
      <Group>
        <Loader size="sm" aria-label={t('pledge.travelling')} />
        <Text>{t('pledge.travelling')}</Text>
      </Group>
    );
  }
  if (pledge.status === 'signed' && pledge.signature) {
    return (
      <>
        <Text>{t('pledge.signedBy', { version: pledge.signature.pledgeVersion, date: formatDate(pledge.signature.signedAt), by: pledge.signature.signedBy })}</Text>
        <SignPledge organisationId={organisationId} revision={pledge.revision} signedVersion={pledge.signature.pledgeVersion} />
      </>
    );
  }
  if (pledge.status === 'withdrawn') return <Alert color="orange">{t('pledge.withdrawn')}</Alert>;
  return <SignPledge organisationId={organisationId} revision={pledge.revision} />;
}

function OrganisationDetails({ organisation }: { organisation: Schemas['OrganisationView'] }) {
  const { t } = useTranslation('applicant');
  return (
    <Card withBorder component="section" aria-labelledby="organisation-heading">
      <Title order={2} size="h4" id="organisation-heading" mb="xs">
        {organisation.legalName}
      </Title>
      <Text size="sm">
        {t('organisation.summary', {
          country: organisation.country,
          number: organisation.registrationNumber,
          staff: formatNumber(organisation.sme.staff),
          turnover: formatNumber(organisation.sme.turnoverEurM),
          date: formatDate(organisation.registeredAt),
        })}
      </Text>
      <Table mt="sm" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('organisation.name')}</Table.Th>
            <Table.Th>{t('organisation.email')}</Table.Th>
            <Table.Th>{t('organisation.role')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organisation.contacts.map((c) => (
            <Table.Tr key={c.personId}>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>{c.email}</Table.Td>
              <Table.Td>{t(`organisation.roles.${c.role}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
