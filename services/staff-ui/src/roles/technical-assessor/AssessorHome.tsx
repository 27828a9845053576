import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../components/format';
import { WaitingHome, WaitingItem } from '../../components/WaitingList';
import { waitsForAssessment } from './assessment-form';
import { siteApplications } from './site-applications-query';

/** `/technical-assessor`: applications on the site's systems waiting for a technical assessment, the oldest first. */
export function AssessorHome() {
  const { t } = useTranslation('technical-assessor');
  const waiting = useQuery({
    queryKey: ['allocation-applications', 'site-waiting'],
    queryFn: async () => {
      const items = (await siteApplications()).filter(waitsForAssessment);
      return { total: items.length, items: items.slice(0, 10) };
    },
  });
  return (
    <WaitingHome
      title={t('home.title')}
      intro={t('home.intro')}
      query={waiting}
      keyOf={(a) => a.applicationId}
      render={(a) => (
        <WaitingItem
          to={`/technical-assessor/applications/${a.applicationId}`}
          title={`${a.organisationId} · ${a.applicationId.slice(-8)}`}
          meta={`${t('home.requested', { mode: a.mode ? t(`mode.${a.mode}`, { ns: 'translation' }) : '—', gpuHours: formatNumber(a.gpuHours), system: a.system ?? '—', partition: a.partition ?? '—' })} · ${t('home.waitingSince', { date: formatDate(a.submittedAt) })}`}
        />
      )}
    />
  );
}
