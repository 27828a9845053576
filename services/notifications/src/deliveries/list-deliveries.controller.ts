import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Roles } from '@hpc-access/auth';
import { ApiPageResponse, listOrderBy, readModelPage, SortedPageQuery } from '@hpc-access/http';
import type { Database } from '@hpc-access/sql';
import { DELIVERY_LOG_READERS } from '../notifications-roles';
import { NOTIFICATIONS_DB, NOTIFICATIONS_OPTIONS, type NotificationsOptionsShape } from '../notifications.tokens';
import { NOTIFICATION_KINDS } from '../shared/notification';

const STATUSES = ['pending', 'delivered', 'failed'] as const;

export class ListDeliveriesQuery extends SortedPageQuery {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: (typeof STATUSES)[number];
  @ApiPropertyOptional({ enum: ['email', 'webhook'] }) @IsOptional() @IsIn(['email', 'webhook']) channel?: string;
}

export class DeliveryAttemptView {
  @ApiProperty({ minimum: 1 }) attempt!: number;
  @ApiProperty({ enum: ['delivered', 'retry', 'rejected'] }) outcome!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'SMTP or HTTP status, when there was one' }) status!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it failed (never the address)' }) reason!: string | null;
  @ApiProperty({ format: 'date-time' }) attemptedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextAttemptAt!: string | null;
}

export class DeliveryView {
  @ApiProperty({ format: 'uuid', description: "Also the e-mail's Message-ID and the webhook's webhook-id" }) deliveryId!: string;
  @ApiProperty({ format: 'uuid' }) notificationId!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: string;
  @ApiProperty({ enum: ['email', 'webhook'] }) channel!: string;
  @ApiProperty({ description: "The subscriber's user id (e-mail) or the endpoint id (webhook); never an address" }) target!: string;
  @ApiProperty({ enum: STATUSES }) status!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextAttemptAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) failureReason!: string | null;
  @ApiProperty({ type: [DeliveryAttemptView] }) attempts!: DeliveryAttemptView[];
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

interface DeliveryRow {
  delivery_id: string;
  notification_id: string;
  kind: string;
  channel: string;
  target: string;
  status: string;
  next_attempt_at: Date | string | null;
  failure_reason: string | null;
  attempt_log: DeliveryAttemptView[];
  updated_at: Date | string;
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

/**
 * The delivery log, newest change first: each delivery with every attempt's outcome, so staff
 * see what failed and why. Roles: the administrator and the officers; scope: every delivery
 * (it holds user and endpoint ids, never an address).
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notifications/deliveries')
export class ListDeliveriesController {
  constructor(@Inject(NOTIFICATIONS_DB) private readonly db: Database, @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptionsShape) {}

  @Get()
  @Roles(...DELIVERY_LOG_READERS)
  @ApiOperation({ operationId: 'notifications.listDeliveries', summary: 'Deliveries by e-mail and webhook with each attempt, newest change first (sort: by the last change, oldest or newest first), filtered by status and channel; paginated' })
  @ApiPageResponse(DeliveryView)
  async list(@Query() query: ListDeliveriesQuery): Promise<{ page: number; pageSize: number; total: number; items: DeliveryView[] }> {
    const { schema } = this.options;
    const from = `(SELECT d.*, n.kind FROM ${schema}.deliveries d JOIN ${schema}.notifications n USING (notification_id)) AS log`;
    // Sorted, the index on (status, updated_at) serves both directions for a status's list (the administrator's home reads the failed ones oldest first).
    const orderBy = listOrderBy(query.sort, { usual: 'updated_at DESC, delivery_id', byTime: ['updated_at', 'delivery_id'] });
    const { rows, ...page } = await readModelPage<DeliveryRow>(this.db, from, [['status = ?', query.status], ['channel = ?', query.channel]], orderBy, query);
    return {
      ...page,
      items: rows.map((row) => ({
        deliveryId: row.delivery_id,
        notificationId: row.notification_id,
        kind: row.kind,
        channel: row.channel,
        target: row.target,
        status: row.status,
        nextAttemptAt: iso(row.next_attempt_at),
        failureReason: row.failure_reason,
        attempts: row.attempt_log,
        updatedAt: iso(row.updated_at) as string,
      })),
    };
  }
}
