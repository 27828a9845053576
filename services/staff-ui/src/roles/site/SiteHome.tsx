import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { currentSession } from '../../auth/session';
import { formatDate } from '../../components/format';
import { oldestFirst } from '../../components/oldest-first';
import { QueryState } from '../../components/QueryState';
import { WaitingList } from '../../components/WaitingList';

/** `/site`: the site's pending provisioning orders, the oldest first. */
export function SiteHome() {
  const { t } = useTranslation('site');
  const siteId = currentSession()?.siteId ?? '';
  const waiting = useQuery({
    queryKey: ['site-orders', siteId, 'pending-home'],
    enabled: siteId !== '',
    queryFn: async () => oldestFirst(async (page, pageSize) => unwrap(await api.GET('/api/allocation/sites/{siteId}/orders', { params: { path: { siteId }, query: { status: 'pending', page, pageSize } } })), 10),
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
        <QueryState query={waiting}>
          {(data) => (
            <WaitingList
              total={data.total}
              items={data.items}
              keyOf={(o) => o.orderId}
              render={(o) => (
                <div>
                  <Anchor component={Link} to="/site/orders" fw={600}>
                    {t('home.order', { kind: t(`orders.kinds.${o.kind}`), project: o.projectId, system: o.system, partition: o.partition })}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t('home.issued', { date: formatDate(o.issuedAt) })}
                  </Text>
                </div>
              )}
            />
          )}
        </QueryState>
      )}
    </Stack>
  );
}
