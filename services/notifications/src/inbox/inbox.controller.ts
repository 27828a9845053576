import { Controller, Get, Headers, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { notFound, type Clock } from '@hpc-access/eventsourcing';
import { ApiPageResponse, ApiProblems, PAGE_SIZE_DEFAULT, PageQuery, badRequest } from '@hpc-access/http';
import type { Database } from '@hpc-access/sql';
import { notificationStreamId } from '../domain/ids';
import { notificationDecider } from '../domain/notification';
import { NotificationsStreams } from '../notifications-streams';
import { RECIPIENTS } from '../notifications-roles';
import { NOTIFICATIONS_CLOCK, NOTIFICATIONS_DB, NOTIFICATIONS_OPTIONS, type NotificationsOptionsShape } from '../notifications.tokens';
import { InboxItemView, inboxItemView } from './inbox-item.view';
import { inboxPage, readerLanguage, visibleNotification, type InboxOrder } from './inbox.queries';

/** The words' language when the reader saved none in their notification settings. */
const READER_LANGUAGE = { name: 'accept-language', required: false, description: 'The language of the words when the reader has not chosen one in their notification settings; English where there is no catalogue' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class InboxQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['unread-first', 'newest'], default: 'unread-first' }) @IsOptional() @IsIn(['unread-first', 'newest']) order?: InboxOrder;
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Only what the caller has not read' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() unreadOnly?: boolean;
}

/**
 * The caller's inbox: every notification whose audience their token matches (ADR 34: a scope,
 * not a mailing list), with their own read marks. Roles: every recipient role; scope: the
 * caller's roles, organisation, site and user id, as the token names them.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notifications/inbox')
export class InboxController {
  constructor(
    @Inject(NOTIFICATIONS_DB) private readonly db: Database,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptionsShape,
    @Inject(NOTIFICATIONS_CLOCK) private readonly clock: Clock,
    private readonly streams: NotificationsStreams,
  ) {}

  @Get()
  @Roles(...RECIPIENTS)
  @ApiHeader(READER_LANGUAGE)
  @ApiOperation({ operationId: 'notifications.listInbox', summary: "The caller's notifications, unread first (or newest first), with the unread count; paginated" })
  @ApiPageResponse(InboxItemView, { extraProperties: { unread: { type: 'integer', minimum: 0, description: 'How many the caller has not read' } } })
  async list(@Query() query: InboxQuery, @CurrentCaller() caller: Caller, @Headers('accept-language') acceptLanguage?: string): Promise<{ page: number; pageSize: number; total: number; unread: number; items: InboxItemView[] }> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? PAGE_SIZE_DEFAULT;
    const found = await inboxPage(this.db, this.options.schema, caller.identity, { page, pageSize, order: query.order ?? 'unread-first', unreadOnly: query.unreadOnly ?? false });
    const language = await readerLanguage(this.db, this.options.schema, caller.identity.userId, acceptLanguage);
    return { page, pageSize, total: found.total, unread: found.unread, items: found.items.map((item) => inboxItemView(item, language)) };
  }

  @Post(':notificationId/read')
  @HttpCode(200)
  @Roles(...RECIPIENTS)
  @ApiHeader(READER_LANGUAGE)
  @ApiOperation({ operationId: 'notifications.markRead', summary: 'Mark one of the caller\'s notifications read (for the caller only); 404 for one they may not see' })
  @ApiParam({ name: 'notificationId', schema: { type: 'string', format: 'uuid' } })
  @ApiOkResponse({ type: InboxItemView })
  @ApiProblems({ status: 404, description: 'No such notification among those the caller may see' })
  async markRead(@Param('notificationId') notificationId: string, @CurrentCaller() caller: Caller, @Headers('accept-language') acceptLanguage?: string): Promise<InboxItemView> {
    if (!UUID.test(notificationId)) throw badRequest('notificationId', 'must be a notification id (a UUID)');
    const { schema } = this.options;
    // Another's notification answers as one that does not exist: its existence is not the caller's to learn.
    if (!(await visibleNotification(this.db, schema, caller.identity, notificationId))) throw notFound('notification-not-found', `no notification ${notificationId} for you`);
    await this.streams.execute(notificationDecider, notificationStreamId(notificationId), { type: 'MarkNotificationRead', userId: caller.identity.userId, context: { now: this.clock.now(), actor: caller.actor } }, { correlationId: caller.correlationId });
    return inboxItemView((await visibleNotification(this.db, schema, caller.identity, notificationId))!, await readerLanguage(this.db, schema, caller.identity.userId, acceptLanguage));
  }
}
