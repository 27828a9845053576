import type { Sql } from '@hpc-access/sql';
import type { DeliveryTarget } from '../domain/delivery';
import { channelsFor, type ChannelChoices } from '../domain/subscriber';
import type { WebhookEndpointDirectory } from '../shared/delivery-channel';
import type { NotificationContent } from '../shared/notification';

/**
 * Who gets a notification beyond the inbox: e-mail for each subscriber whose scope (as their token
 * said when they subscribed) matches the audience and who wants e-mail for the kind; webhooks for
 * the endpoints of the organisation or site the audience names.
 */
export async function deliveryTargets(db: Sql, schema: string, directory: WebhookEndpointDirectory | null, content: NotificationContent): Promise<DeliveryTarget[]> {
  const { audience, kind } = content;
  const { rows } = await db.query<{ user_id: string; channels: ChannelChoices }>(
    `SELECT user_id, channels FROM ${schema}.subscribers
     WHERE has_address AND NOT erased AND $1 = ANY(roles)
       AND ($2::text IS NULL OR organisation_id = $2) AND ($3::text IS NULL OR site_id = $3) AND ($4::text IS NULL OR user_id = $4)
     ORDER BY user_id`,
    [audience.role, audience.organisationId ?? null, audience.siteId ?? null, audience.userId ?? null],
  );
  const email: DeliveryTarget[] = rows.filter((row) => channelsFor(row.channels, kind).includes('email')).map((row) => ({ channel: 'email', userId: row.user_id }));
  const owner = audience.siteId ? { siteId: audience.siteId } : audience.organisationId && !audience.userId ? { organisationId: audience.organisationId } : null;
  const endpoints = owner && directory ? await directory.endpointsFor(owner, kind) : [];
  return [...email, ...endpoints.map(({ endpointId }): DeliveryTarget => ({ channel: 'webhook', endpointId }))];
}
