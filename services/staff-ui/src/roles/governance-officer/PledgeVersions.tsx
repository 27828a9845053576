import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDate } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { signaturesByVersion } from './due-status';
import { PublishPledgeVersion } from './PublishPledgeVersion';

/** Every page of a list the API paginates, up to a bound (the programme has some hundred organisations). */
async function everyOrganisation(): Promise<Schemas['OrganisationPledgeSummaryView'][]> {
  const items: Schemas['OrganisationPledgeSummaryView'][] = [];
  for (let page = 1; page <= 20; page++) {
    const result = unwrap(await api.GET('/api/governance/organisations', { params: { query: { page, pageSize: 100 } } }));
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) break;
  }
  return items;
}

/** `/governance-officer/pledges`: the pledge versions, newest first, and which organisations signed each. */
export function PledgeVersions() {
  const { t } = useTranslation('governance-officer');
  const query = useQuery({
    queryKey: ['governance', 'pledge-versions'],
    queryFn: async () => {
      const [versions, organisations] = await Promise.all([unwrap(await api.GET('/api/governance/pledge-versions', { params: { query: { page: 1, pageSize: 100 } } })), everyOrganisation()]);
      return { versions: versions.items, currentVersion: versions.currentVersion, ...signaturesByVersion(organisations) };
    },
  });
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('pledges.title')}
      </Title>
      <QueryState query={query}>
        {({ versions, currentVersion, byVersion, unsigned }) => (
          <Stack>
            <PublishPledgeVersion currentVersion={currentVersion} />
            {versions.map((v) => {
              const signed = byVersion.get(v.pledgeVersion) ?? [];
              return (
                <Card key={v.pledgeVersion} withBorder component="section" aria-labelledby={`version-${v.pledgeVersion}`}>
                  <Group justify="space-between">
                    <Title order={2} size="h4" id={`version-${v.pledgeVersion}`}>
                      {t('pledges.version', { version: v.pledgeVersion })}
                    </Title>
                    {v.current && (
                      <Badge color="green" variant="light" c="dark.8">
                        {t('pledges.current')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {t('pledges.published', { date: formatDate(v.publishedAt), by: v.publishedBy, resign: formatDate(v.resignBy) })}
                  </Text>
                  {v.summaryOfChanges && <Text size="sm">{t('pledges.changes', { text: v.summaryOfChanges })}</Text>}
                  <Text fw={600} mt="xs">
                    {t('pledges.signedBy', { count: signed.length })}
                  </Text>
                  {signed.length === 0 ? (
                    <Text c="dimmed">{t('pledges.nobody')}</Text>
                  ) : (
                    <List>
                      {signed.map((o) => (
                        <List.Item key={o.organisationId}>
                          <Anchor component={Link} to={`/governance-officer/organisations/${o.organisationId}`}>
                            {o.legalName ?? o.organisationId}
                          </Anchor>
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Card>
              );
            })}
            {unsigned.length > 0 && <Text>{t('pledges.unsigned', { list: unsigned.map((o) => o.legalName ?? o.organisationId).join(', ') })}</Text>}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
