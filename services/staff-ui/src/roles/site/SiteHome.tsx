import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { currentSession } from '../../auth/session';
import { formatDate } from '../../components/format';
import { oldestFirst } from '../../components/oldest-first';
import { WaitingItem, WaitingQuery } from '../../components/WaitingList';

/** `/site`: the site's pending provisioning orders, the oldest first. */
export function SiteHome() {
  const { t } = useTranslation('site');
  const siteId = currentSession()?.siteId ?? '';
  const waiting = useQuery({
    queryKey: ['site-orders', siteId, 'pending-home'],
    enabled: siteId !== '',
    queryFn: async () => oldestFirst(async (oldest) => unwrap(await api.GET('/api/allocation/sites/{siteId}/orders', { params: { path: { siteId }, query: { status: 'pending', ...oldest } } })), 10),
  });
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('home.title', { siteId })}
      </Title>
      <Text c="dimmed">{t('home.intro')}</Text>
      {siteId === '' ? (
        <Text>{t('home.noSite')}</Text>
      ) : (
        <WaitingQuery
          query={waiting}
          keyOf={(o) => o.orderId}
          render={(o) => (
            <WaitingItem
              to="/site/orders"
              title={t('home.order', { kind: t(`orders.kinds.${o.kind}`), project: o.projectId, system: o.system, partition: o.partition })}
              meta={t('home.issued', { date: formatDate(o.issuedAt) })}
            />
          )}
        />
      )}
    </Stack>
  );
}
