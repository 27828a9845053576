import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import type { Clock, PersonalDataKeys } from '@hpc-access/eventsourcing';
import { ApiProblems, badRequest } from '@hpc-access/http';
import { subscriberStreamId } from '../domain/ids';
import { subscriberDecider } from '../domain/subscriber';
import { NotificationsStreams } from '../notifications-streams';
import { NOTIFICATIONS_CLOCK, NOTIFICATIONS_KEYS } from '../notifications.tokens';

const USER_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;

export class SubscriberErasureView {
  @ApiProperty() userId!: string;
  @ApiProperty({ enum: [true], description: 'Always true: the key is gone' }) erased!: boolean;
  @ApiProperty({ format: 'date-time' }) erasedAt!: string;
}

/**
 * Right to erasure by crypto-shredding (ADR 10, 34): the subscriber's key is deleted, so their
 * address reads as erased in every event, and the dispatcher finds none to send to. Roles:
 * administrator; scope: any person.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notifications/subscribers')
export class EraseSubscriberController {
  constructor(
    private readonly streams: NotificationsStreams,
    @Inject(NOTIFICATIONS_KEYS) private readonly keys: PersonalDataKeys,
    @Inject(NOTIFICATIONS_CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':userId/erasure')
  @HttpCode(200)
  @Roles('administrator')
  @ApiOperation({ operationId: 'notifications.eraseSubscriber', summary: "Erase a subscriber's address (irreversible); 404 for a person who never subscribed" })
  @ApiParam({ name: 'userId', schema: { type: 'string', pattern: USER_ID.source } })
  @ApiOkResponse({ type: SubscriberErasureView })
  @ApiProblems({ status: 404, description: 'No subscription of this person is held' })
  async erase(@Param('userId') userId: string, @CurrentCaller() caller: Caller): Promise<SubscriberErasureView> {
    if (!USER_ID.test(userId)) throw badRequest('userId', 'must be a user id as tokens name them');
    const now = this.clock.now();
    // The record first: if deleting the key fails, repeating the request finishes the job.
    const result = await this.streams.execute(subscriberDecider, subscriberStreamId(userId), { type: 'EraseSubscriber', context: { now, actor: caller.actor } }, { correlationId: caller.correlationId });
    await this.keys.erase(userId);
    const erased = result.events.find((e) => e.type === 'SubscriberErased');
    return { userId, erased: true, erasedAt: erased ? (erased.data as { erasedAt: string }).erasedAt : now.toISOString() };
  }
}
