import { Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { notFound } from '@hpc-access/eventsourcing';
import { ApiProblems, ETAG_HEADER, etagFor, parseIfMatch } from '@hpc-access/http';
import type { Response } from 'express';
import { WebhookEndpointCommands } from '../webhook-endpoint-commands';
import { assertMayReachEndpointsOf, WEBHOOK_MANAGERS } from './webhook-access';
import { endpointView, WebhookEndpointView, WebhookEndpointWithSecretView } from './webhook-endpoint.view';
import { EndpointIdPipe, WEBHOOKS_PATH } from './webhook-endpoints.controller';

const IF_MATCH = { name: 'If-Match', required: false, description: 'The ETag last read; 412 if the endpoint changed since' };

/** Disable, enable, rotate the secret: the owner's (or staff's for it), pinned to a revision with If-Match. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller(WEBHOOKS_PATH)
export class WebhookEndpointStateController {
  constructor(private readonly endpoints: WebhookEndpointCommands) {}

  @Post(':id/disable')
  @HttpCode(200)
  @Roles(...WEBHOOK_MANAGERS)
  @ApiOperation({ operationId: 'notifications.disableWebhookEndpoint', summary: 'Stop sending to an endpoint (its owner, or staff for it)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: WebhookEndpointView, headers: ETAG_HEADER })
  @ApiProblems(403, 404, 412)
  async disable(@Param('id', EndpointIdPipe) id: string, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<WebhookEndpointView> {
    const expected = parseIfMatch(ifMatch);
    await this.authorise(id, caller);
    const result = await this.endpoints.disable(id, caller, expected);
    res.setHeader('ETag', etagFor(result.revision));
    return endpointView(result.endpoint, result.revision);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @Roles(...WEBHOOK_MANAGERS)
  @ApiOperation({ operationId: 'notifications.enableWebhookEndpoint', summary: 'Send to an endpoint again, also after it answered 410 Gone (its owner, or staff for it)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: WebhookEndpointView, headers: ETAG_HEADER })
  @ApiProblems(403, 404, 412)
  async enable(@Param('id', EndpointIdPipe) id: string, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<WebhookEndpointView> {
    const expected = parseIfMatch(ifMatch);
    await this.authorise(id, caller);
    const result = await this.endpoints.enable(id, caller, expected);
    res.setHeader('ETag', etagFor(result.revision));
    return endpointView(result.endpoint, result.revision);
  }

  @Post(':id/secret-rotation')
  @HttpCode(200)
  @Roles(...WEBHOOK_MANAGERS)
  @ApiOperation({
    operationId: 'notifications.rotateWebhookSecret',
    summary: 'A new signing secret, shown in this answer only; the previous one still signs beside it until previousSecretExpiresAt (its owner, or staff for it)',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: WebhookEndpointWithSecretView, headers: ETAG_HEADER })
  @ApiProblems(403, 404, 412)
  async rotate(@Param('id', EndpointIdPipe) id: string, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<WebhookEndpointWithSecretView> {
    const expected = parseIfMatch(ifMatch);
    await this.authorise(id, caller);
    const result = await this.endpoints.rotateSecret(id, caller, expected);
    res.setHeader('ETag', etagFor(result.revision));
    // A secret in an answer must not sit in a shared cache.
    res.setHeader('Cache-Control', 'no-store');
    return { ...endpointView(result.endpoint, result.revision), secret: { id: result.secret.secretId, value: result.secret.value } };
  }

  private async authorise(id: string, caller: Caller): Promise<void> {
    const loaded = await this.endpoints.load(id);
    if (!loaded) throw notFound('webhook-endpoint-not-found', 'no such webhook endpoint');
    assertMayReachEndpointsOf(caller, loaded.endpoint.owner, true);
  }
}
