import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../components/format';
import { QueryState } from '../../components/QueryState';

/** `/governance-officer/suspensions`: the suspended organisations with the reason of each (read from each organisation: the list carries only the flag). */
export function Suspensions() {
  const { t } = useTranslation('governance-officer');
  const query = useQuery({
    queryKey: ['governance', 'suspensions'],
    queryFn: async () => {
      const list = unwrap(await api.GET('/api/governance/organisations', { params: { query: { suspended: true, page: 1, pageSize: 50 } } }));
      return Promise.all(list.items.map(async (o) => unwrap(await api.GET('/api/governance/organisations/{organisationId}', { params: { path: { organisationId: o.organisationId } } }))));
    },
  });
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('suspensions.title')}
      </Title>
      <Text c="dimmed">{t('suspensions.intro')}</Text>
      <QueryState query={query}>
        {(organisations) => (
          <Stack>
            {organisations.length === 0 && <Text>{t('suspensions.none')}</Text>}
            {organisations.map((o) => (
              <Card key={o.organisationId} withBorder>
                <Anchor component={Link} to={`/governance-officer/organisations/${o.organisationId}`} fw={600}>
                  {o.legalName ?? o.organisationId}
                </Anchor>
                {o.suspension && <Text>{t('organisation.suspendedSince', { date: formatDate(o.suspension.requestedAt), reason: o.suspension.reason })}</Text>}
                {o.suspension?.breachId && <Text size="sm">{t('organisation.breachRef', { id: o.suspension.breachId })}</Text>}
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
