import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { daysSince, formatDate } from '../../components/format';
import { oldestFirst } from '../../components/oldest-first';
import { WaitingHome, WaitingItem } from '../../components/WaitingList';
import { CaseStatusBadge } from '../ethics-chair/Dossier';

/** `/ethics-reviewer`: the cases assigned to the reviewer still in review (the API gives a reviewer only their own), the oldest first. */
export function ReviewerHome() {
  const { t } = useTranslation('ethics-reviewer');
  const waiting = useQuery({
    queryKey: ['ethics-cases', 'reviewer-waiting'],
    queryFn: () => oldestFirst(async (oldest) => unwrap(await api.GET('/api/ethics/cases', { params: { query: { assignedTo: 'me', status: 'in-review', ...oldest } } })), 10),
  });
  return (
    <WaitingHome
      title={t('home.title')}
      intro={t('home.intro')}
      query={waiting}
      keyOf={(item) => item.caseId}
      render={(item) => (
        <WaitingItem
          to={`/ethics-reviewer/cases/${item.caseId}`}
          title={t('home.case', { id: item.caseId.slice(0, 8), organisation: item.organisationId })}
          meta={`${t(`mode.${item.mode}`, { ns: 'translation' })} · ${t('home.openedOn', { date: formatDate(item.openedAt), days: daysSince(item.openedAt) ?? 0 })}`}
          badge={<CaseStatusBadge status={item.status} />}
        />
      )}
    />
  );
}
