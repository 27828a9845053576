import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { notFound } from '@hpc-access/eventsourcing';
import { ApiPageResponse, ApiProblems, PAGE_SIZE_DEFAULT } from '@hpc-access/http';
import { WebhookDeliveryAttemptView, type DeliveryLogReader } from '../delivery-log-reader';
import { WebhookEndpointCommands } from '../webhook-endpoint-commands';
import { DELIVERY_LOG_READER } from '../webhook.tokens';
import { assertMayReachEndpointsOf, WEBHOOK_READERS } from './webhook-access';
import { DeliveryLogQuery } from './webhook-endpoint.dto';
import { EndpointIdPipe, WEBHOOKS_PATH } from './webhook-endpoints.controller';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller(WEBHOOKS_PATH)
export class WebhookDeliveriesController {
  constructor(private readonly endpoints: WebhookEndpointCommands, @Inject(DELIVERY_LOG_READER) private readonly log: DeliveryLogReader) {}

  @Get(':id/deliveries')
  @Roles(...WEBHOOK_READERS)
  @ApiOperation({ operationId: 'notifications.listWebhookDeliveries', summary: "The attempts to deliver to an endpoint, newest first, with each one's outcome; paginated" })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiPageResponse(WebhookDeliveryAttemptView)
  @ApiProblems(403, 404)
  async list(@Param('id', EndpointIdPipe) id: string, @Query() query: DeliveryLogQuery, @CurrentCaller() caller: Caller): Promise<{ page: number; pageSize: number; total: number; items: WebhookDeliveryAttemptView[] }> {
    const loaded = await this.endpoints.load(id);
    if (!loaded) throw notFound('webhook-endpoint-not-found', 'no such webhook endpoint');
    assertMayReachEndpointsOf(caller, loaded.endpoint.owner, false);
    const { rows, ...page } = await this.log.attemptsForEndpoint(id, { page: query.page ?? 1, pageSize: query.pageSize ?? PAGE_SIZE_DEFAULT });
    return { ...page, items: rows };
  }
}
