import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { daysSince, formatDate } from '../../components/format';
import { mergeOldest, oldestFirst } from '../../components/oldest-first';
import { WaitingHome, WaitingItem } from '../../components/WaitingList';
import { BreachBadge, DueBadge } from './badges';

type Waiting = { kind: 'report'; at: string; report: Schemas['BreachReportView'] } | { kind: 'overdue'; at: string; organisation: Schemas['OrganisationPledgeSummaryView'] };

/** `/governance-officer`: breach reports to decide and organisations overdue, the oldest first. */
export function GovernanceHome() {
  const { t } = useTranslation('governance-officer');
  const waiting = useQuery({
    queryKey: ['governance', 'waiting'],
    queryFn: async () => {
      const [reports, overdue] = await Promise.all([
        oldestFirst(async (oldest) => unwrap(await api.GET('/api/governance/breach-reports', { params: { query: { status: 'open', ...oldest } } })), 10),
        oldestFirst(async (oldest) => unwrap(await api.GET('/api/governance/organisations', { params: { query: { overdue: true, ...oldest } } })), 10),
      ]);
      return mergeOldest<Waiting>(
        [
          { total: reports.total, items: reports.items.map((report): Waiting => ({ kind: 'report', at: report.filedAt, report })) },
          { total: overdue.total, items: overdue.items.map((organisation): Waiting => ({ kind: 'overdue', at: organisation.updatedAt, organisation })) },
        ],
        (item) => item.at,
      );
    },
  });
  return (
    <WaitingHome
      title={t('home.title')}
      intro={t('home.intro')}
      query={waiting}
      keyOf={(item) => (item.kind === 'report' ? item.report.reportId : item.organisation.organisationId)}
      render={(item) =>
        item.kind === 'report' ? (
          <WaitingItem
            to="/governance-officer/breaches"
            title={t('home.report', { organisation: item.report.organisationId })}
            meta={t('home.reportFiled', { date: formatDate(item.report.filedAt), by: item.report.filedBy, days: daysSince(item.report.filedAt) ?? 0 })}
            badge={<BreachBadge status={item.report.status} />}
          />
        ) : (
          <WaitingItem
            to={`/governance-officer/organisations/${item.organisation.organisationId}`}
            title={t('home.overdue', { organisation: item.organisation.legalName ?? item.organisation.organisationId })}
            meta={t('home.overdueSince', { date: formatDate(item.organisation.updatedAt) })}
            badge={<DueBadge due="overdue" />}
          />
        )
      }
    />
  );
}
