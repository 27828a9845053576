import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTIFICATION_KINDS, type NotificationKind } from '../shared/notification';

/**
 * One attempt to deliver a webhook, as the core's dispatcher recorded it (the delivery log).
 * Holds no personal data and no secret: ids, times, status and the channel's short reason.
 */
export class WebhookDeliveryAttemptView {
  @ApiProperty({ format: 'uuid', description: 'The delivery (the webhook-id the receiver saw)' }) deliveryId!: string;
  @ApiProperty({ format: 'uuid' }) notificationId!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: NotificationKind;
  @ApiProperty({ description: 'Its number among the attempts of this delivery, from 1' }) attempt!: number;
  @ApiProperty({ format: 'date-time' }) attemptedAt!: string;
  @ApiProperty({ enum: ['delivered', 'retry', 'rejected'] }) outcome!: 'delivered' | 'retry' | 'rejected';
  @ApiPropertyOptional({ description: "The receiver's HTTP status, when it answered" }) status?: number;
  @ApiPropertyOptional({ description: 'Why it failed, in short' }) reason?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the next attempt is due, after a retry outcome' }) nextAttemptAt?: string;
  @ApiPropertyOptional({ description: 'True on the attempt after which the delivery was given up' }) failed?: boolean;
}

export interface DeliveryLogPage {
  page: number;
  pageSize: number;
  total: number;
  rows: WebhookDeliveryAttemptView[];
}

/**
 * What the webhook routes need of the delivery log kept by the core's dispatcher: the attempts
 * made to one endpoint, newest first, paginated (pages from 1). The core provides it
 * (`webhookProviders({ deliveryLog })`); the routes check who may read the endpoint first.
 */
export interface DeliveryLogReader {
  attemptsForEndpoint(endpointId: string, page: { page: number; pageSize: number }): Promise<DeliveryLogPage>;
}
