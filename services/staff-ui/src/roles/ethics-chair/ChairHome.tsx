import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { daysSince, formatDate } from '../../components/format';
import { mergeOldest, oldestFirst } from '../../components/oldest-first';
import { WaitingHome, WaitingItem } from '../../components/WaitingList';
import { CaseStatusBadge } from './Dossier';

const inStatus = (status: 'in-review' | 'awaiting-decision') =>
  oldestFirst(async (oldest) => unwrap(await api.GET('/api/ethics/cases', { params: { query: { status, ...oldest } } })), 10);

/** `/ethics-chair`: cases to staff with reviewers (in review) and cases whose reviews are in (awaiting decision), the oldest first. */
export function ChairHome() {
  const { t } = useTranslation('ethics-chair');
  const waiting = useQuery({
    queryKey: ['ethics-cases', 'chair-waiting'],
    queryFn: async () => mergeOldest(await Promise.all([inStatus('in-review'), inStatus('awaiting-decision')]), (item) => item.openedAt),
  });
  return (
    <WaitingHome
      title={t('home.title')}
      intro={t('home.intro')}
      query={waiting}
      keyOf={(item) => item.caseId}
      render={(item) => (
        <WaitingItem
          to={`/ethics-chair/cases/${item.caseId}`}
          title={item.organisationId}
          meta={`${t(`mode.${item.mode}`, { ns: 'translation' })} · ${t('home.openedOn', { date: formatDate(item.openedAt), days: daysSince(item.openedAt) ?? 0 })} · ${t('home.reviewsIn', { in: item.reviewsIn, required: item.reviewersRequired })}`}
          badge={<CaseStatusBadge status={item.status} />}
        />
      )}
    />
  );
}
