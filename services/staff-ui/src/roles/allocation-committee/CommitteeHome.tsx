import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate, formatNumber } from '../../components/format';
import { WaitingHome, WaitingItem } from '../../components/WaitingList';
import { allPages } from '../../components/all-pages';
import { AllocationCounts } from './AllocationCounts';

/** `/allocation-committee`: Large Scale applications waiting for the committee's scores, the oldest first; then its allocations by state. */
export function CommitteeHome() {
  const { t } = useTranslation('allocation-committee');
  const waiting = useQuery({
    queryKey: ['allocation-applications', 'committee-unscored'],
    queryFn: async () => {
      const candidates = await allPages((page, pageSize) => api.GET('/api/allocation/applications', { params: { query: { mode: 'large-scale', status: 'awaiting-cut-off', page, pageSize } } }).then(unwrap));
      const items = candidates.filter((a) => a.weightedScore === null).sort((a, b) => (a.submittedAt ?? a.updatedAt).localeCompare(b.submittedAt ?? b.updatedAt));
      return { total: items.length, items: items.slice(0, 10) };
    },
  });
  return (
    <Stack maw={960}>
      <WaitingHome
        title={t('home.title')}
        intro={t('home.intro')}
        query={waiting}
        keyOf={(item) => item.applicationId}
        render={(item) => (
          <WaitingItem
            to={`/allocation-committee/applications/${item.applicationId}`}
            title={`${item.organisationId} · ${item.applicationId.slice(-8)}`}
            meta={`${t('home.requested', { gpuHours: formatNumber(item.gpuHours), months: item.durationMonths ?? '—', system: item.system ?? '—', partition: item.partition ?? '—' })} · ${t('home.waitingSince', { date: formatDate(item.submittedAt) })}`}
          />
        )}
      />
      <AllocationCounts />
    </Stack>
  );
}
