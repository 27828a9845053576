import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { daysSince, formatDate } from '../../components/format';
import { oldestFirst } from '../../components/oldest-first';
import { QueryState } from '../../components/QueryState';
import { WaitingList } from '../../components/WaitingList';
import { BreachBadge, DueBadge } from './badges';

type Waiting = { kind: 'report'; at: string; report: Schemas['BreachReportView'] } | { kind: 'overdue'; at: string; organisation: Schemas['OrganisationPledgeSummaryView'] };

/** `/governance-officer`: breach reports to decide and organisations overdue, the oldest first. */
export function GovernanceHome() {
  const { t } = useTranslation('governance-officer');
  const waiting = useQuery({
    queryKey: ['governance', 'waiting'],
    queryFn: async () => {
      const [reports, overdue] = await Promise.all([
        oldestFirst(async (page, pageSize) => unwrap(await api.GET('/api/governance/breach-reports', { params: { query: { status: 'open', page, pageSize } } })), 10),
        oldestFirst(async (page, pageSize) => unwrap(await api.GET('/api/governance/organisations', { params: { query: { overdue: true, page, pageSize } } })), 10),
      ]);
      const items: Waiting[] = [
        ...reports.items.map((report): Waiting => ({ kind: 'report', at: report.filedAt, report })),
        ...overdue.items.map((organisation): Waiting => ({ kind: 'overdue', at: organisation.updatedAt, organisation })),
      ];
      return { total: reports.total + overdue.total, items: items.sort((a, b) => a.at.localeCompare(b.at)).slice(0, 10) };
    },
  });
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('home.title')}
      </Title>
      <Text c="dimmed">{t('home.intro')}</Text>
      <QueryState query={waiting}>
        {(data) => (
          <WaitingList
            total={data.total}
            items={data.items}
            keyOf={(item) => (item.kind === 'report' ? item.report.reportId : item.organisation.organisationId)}
            render={(item) =>
              item.kind === 'report' ? (
                <Group justify="space-between">
                  <div>
                    <Anchor component={Link} to="/governance-officer/breaches" fw={600}>
                      {t('home.report', { organisation: item.report.organisationId })}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {t('home.reportFiled', { date: formatDate(item.report.filedAt), by: item.report.filedBy, days: daysSince(item.report.filedAt) ?? 0 })}
                    </Text>
                  </div>
                  <BreachBadge status={item.report.status} />
                </Group>
              ) : (
                <Group justify="space-between">
                  <div>
                    <Anchor component={Link} to={`/governance-officer/organisations/${item.organisation.organisationId}`} fw={600}>
                      {t('home.overdue', { organisation: item.organisation.legalName ?? item.organisation.organisationId })}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {t('home.overdueSince', { date: formatDate(item.organisation.updatedAt) })}
                    </Text>
                  </div>
                  <DueBadge due="overdue" />
                </Group>
              )
            }
          />
        )}
      </QueryState>
    </Stack>
  );
}
