import type { Identity } from '@hpc-access/auth';
import type { Sql } from '@hpc-access/sql';
import { channelsFor, type ChannelChoices } from '../domain/subscriber';
import { NOTIFICATION_KINDS, type NotificationContent } from '../shared/notification';

export interface InboxItem {
  notification: NotificationContent;
  readAt: string | null;
}

/**
 * What a caller sees: the notifications whose audience their token matches (a role they hold,
 * and the organisation, site or user the audience names, if it names one), less the kinds they
 * took off their inbox. Parameters $1..$5; `n` is the notifications table.
 */
async function visibility(db: Sql, schema: string, identity: Identity): Promise<{ where: string; params: unknown[] }> {
  const { rows } = await db.query<{ channels: ChannelChoices }>(`SELECT channels FROM ${schema}.subscribers WHERE user_id = $1`, [identity.userId]);
  const hidden = rows[0] ? NOTIFICATION_KINDS.filter((kind) => !channelsFor(rows[0].channels, kind).includes('inbox')) : [];
  return {
    where: `n.audience_role = ANY($1::text[])
      AND (n.audience_organisation IS NULL OR n.audience_organisation = $2)
      AND (n.audience_site IS NULL OR n.audience_site = $3)
      AND (n.audience_user IS NULL OR n.audience_user = $4)
      AND NOT (n.kind = ANY($5::text[]))`,
    params: [identity.roles, identity.organisationId ?? null, identity.siteId ?? null, identity.userId, hidden],
  };
}

export type InboxOrder = 'unread-first' | 'newest';

export async function inboxPage(db: Sql, schema: string, identity: Identity, query: { page: number; pageSize: number; order: InboxOrder; unreadOnly: boolean }): Promise<{ total: number; unread: number; items: InboxItem[] }> {
  const { where, params } = await visibility(db, schema, identity);
  const from = `${schema}.notifications n LEFT JOIN ${schema}.notification_reads r ON r.notification_id = n.notification_id AND r.user_id = $4`;
  const filter = query.unreadOnly ? ' AND r.read_at IS NULL' : '';
  const counts = await db.query<{ total: string; unread: string }>(
    `SELECT count(*) AS total, count(*) FILTER (WHERE r.read_at IS NULL) AS unread FROM ${from} WHERE ${where}`, params,
  );
  const unreadFirst = query.order === 'unread-first' ? '(r.read_at IS NULL) DESC, ' : '';
  const { rows } = await db.query<{ content: NotificationContent; read_at: Date | string | null }>(
    `SELECT n.content, r.read_at FROM ${from} WHERE ${where}${filter}
     ORDER BY ${unreadFirst}n.occurred_at DESC, n.notification_id LIMIT $6 OFFSET $7`,
    [...params, query.pageSize, (query.page - 1) * query.pageSize],
  );
  const total = query.unreadOnly ? Number(counts.rows[0].unread) : Number(counts.rows[0].total);
  return { total, unread: Number(counts.rows[0].unread), items: rows.map((row) => ({ notification: row.content, readAt: row.read_at ? new Date(row.read_at).toISOString() : null })) };
}

/** One notification if the caller may see it, else null (never telling whether it exists). */
export async function visibleNotification(db: Sql, schema: string, identity: Identity, notificationId: string): Promise<InboxItem | null> {
  const { where, params } = await visibility(db, schema, identity);
  const { rows } = await db.query<{ content: NotificationContent; read_at: Date | string | null }>(
    `SELECT n.content, r.read_at FROM ${schema}.notifications n LEFT JOIN ${schema}.notification_reads r ON r.notification_id = n.notification_id AND r.user_id = $4
     WHERE ${where} AND n.notification_id = $6`,
    [...params, notificationId],
  );
  return rows[0] ? { notification: rows[0].content, readAt: rows[0].read_at ? new Date(rows[0].read_at).toISOString() : null } : null;
}

/**
 * The language a reader's inbox is written in: the one of their notification settings (their
 * e-mails' too), else the first of the request's Accept-Language, else English. Resolved to a
 * catalogue by the caller (resolveLanguage).
 */
export async function readerLanguage(db: Sql, schema: string, userId: string, acceptLanguage: string | undefined): Promise<string> {
  const { rows } = await db.query<{ language: string }>(`SELECT language FROM ${schema}.subscribers WHERE user_id = $1 AND NOT erased`, [userId]);
  if (rows[0]?.language) return rows[0].language;
  // "de-AT,de;q=0.9,en;q=0.8": browsers list the preferred first; weights are not re-sorted.
  const first = (acceptLanguage ?? '').split(',')[0]?.split(';')[0]?.trim();
  return first && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(first) ? first : 'en';
}
