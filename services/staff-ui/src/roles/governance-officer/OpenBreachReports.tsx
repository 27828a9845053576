import { Anchor, Card, List, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../components/format';
import { QueryState } from '../../components/QueryState';

/** The organisation's breach reports still open (filed, not yet decided): grounds that may yet lead to a suspension. */
export function OpenBreachReports({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('governance-officer');
  const query = useQuery({
    queryKey: ['governance', 'breach-reports', 'open', organisationId],
    queryFn: async () => unwrap(await api.GET('/api/governance/breach-reports', { params: { query: { organisationId, status: 'open', page: 1, pageSize: 50 } } })),
  });
  return (
    <Card withBorder component="section" aria-labelledby="open-reports-heading">
      <Title order={2} size="h4" id="open-reports-heading" mb="xs">
        {t('organisation.openReports')}
      </Title>
      <QueryState query={query}>
        {(page) =>
          page.items.length === 0 ? (
            <Text c="dimmed">{t('organisation.noOpenReports')}</Text>
          ) : (
            <List>
              {page.items.map((r) => (
                <List.Item key={r.reportId}>
                  {t('organisation.openReport', { date: formatDate(r.filedAt), by: r.filedBy, role: r.filedRole, description: r.description })}{' '}
                  <Anchor component={Link} to="/governance-officer/breaches">
                    {t('organisation.decideReport')}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryState>
    </Card>
  );
}
