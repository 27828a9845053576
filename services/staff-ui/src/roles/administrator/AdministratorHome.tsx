import { Anchor, Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../components/format';
import { WaitingItem, WaitingQuery } from '../../components/WaitingList';
import { SETTINGS_SERVICES } from '../../components/settings/settings-services';
import { waitingForAdministrator, type AdminWaiting } from './waiting-for-administrator';

/**
 * `/administrator`: what the platform could not do by itself and waits for the administrator, the
 * oldest first: provisioning orders a site reported failed (retried from the orders page) and
 * notifications given up after their last attempt. Below, the settings only an administrator
 * changes (intake's programme rules) beside the other services'.
 */
export function AdministratorHome() {
  const { t } = useTranslation('administrator');
  const waiting = useQuery({
    queryKey: ['administrator', 'waiting'],
    queryFn: () =>
      waitingForAdministrator(
        async (oldest) => unwrap(await api.GET('/api/allocation/site-orders', { params: { query: { status: 'failed', ...oldest } } })),
        async (oldest) => unwrap(await api.GET('/api/notifications/deliveries', { params: { query: { status: 'failed', ...oldest } } })),
      ),
  });
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('home.title')}
      </Title>
      <Text c="dimmed">{t('home.intro')}</Text>
      <WaitingQuery query={waiting} keyOf={keyOf} render={(item) => <Waiting item={item} />} />
      <Title order={2} size="h3">
        {t('home.settings')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {SETTINGS_SERVICES.map((service) => (
          <Anchor key={service} component={Link} to={service === 'intake' ? '/administrator/settings' : `/administrator/settings/${service}`}>
            {t(`settings.title.${service}`, { ns: 'translation' })}
          </Anchor>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

const keyOf = (item: AdminWaiting) => (item.kind === 'order' ? `order-${item.order.orderId}` : `delivery-${item.delivery.deliveryId}`);

function Waiting({ item }: { item: AdminWaiting }) {
  const { t } = useTranslation('administrator');
  if (item.kind === 'order') {
    const { order } = item;
    return (
      <WaitingItem
        to="/administrator/site-orders"
        title={t('home.order', { kind: t(`orders.kinds.${order.kind}`, { ns: 'site' }), project: order.projectId, site: order.siteId, system: order.system, partition: order.partition })}
        meta={t('home.orderMeta', { date: formatDate(order.issuedAt), error: order.lastError ?? t('home.noError') })}
        badge={<Badge color="red">{t('home.orderFailed')}</Badge>}
      />
    );
  }
  const { delivery } = item;
  return (
    <WaitingItem
      to="/notifications/deliveries"
      title={t('home.delivery', { kind: t(`kinds.${delivery.kind}`, { ns: 'notifications' }), channel: t(`deliveries.channels.${delivery.channel}`, { ns: 'notifications' }) })}
      meta={t('home.deliveryMeta', { date: formatDate(delivery.updatedAt), reason: delivery.failureReason ?? t('home.noError') })}
      badge={
        <Group gap={4}>
          <Badge color="orange">{t('home.deliveryFailed')}</Badge>
        </Group>
      }
    />
  );
}
