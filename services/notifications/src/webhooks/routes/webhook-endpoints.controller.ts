import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { notFound } from '@hpc-access/eventsourcing';
import { ApiProblems, badRequest, ETAG_HEADER, etagFor, IdempotencyInterceptor, LOCATION_HEADER, PersonalDataInAnswer } from '@hpc-access/http';
import type { Response } from 'express';
import { WebhookEndpointCommands } from '../webhook-endpoint-commands';
import { WebhookEndpointsReadModel } from '../webhook-endpoint-directory';
import { ownerFrom, assertMayReachEndpointsOf, ownerOfList, WEBHOOK_MANAGERS, WEBHOOK_READERS } from './webhook-access';
import { ListWebhookEndpointsQuery, RegisterWebhookEndpointDto } from './webhook-endpoint.dto';
import { endpointView, summaryView, WebhookEndpointView, WebhookEndpointWithSecretView } from './webhook-endpoint.view';

export const WEBHOOKS_PATH = 'api/notifications/webhooks';
export const EndpointIdPipe = new ParseUUIDPipe({ exceptionFactory: () => badRequest('id', 'must be a UUID') });

@ApiTags('notifications')
@ApiBearerAuth()
@Controller(WEBHOOKS_PATH)
export class WebhookEndpointsController {
  constructor(private readonly endpoints: WebhookEndpointCommands, private readonly readModel: WebhookEndpointsReadModel) {}

  @Post()
  @HttpCode(201)
  @Roles(...WEBHOOK_MANAGERS)
  @UseInterceptors(IdempotencyInterceptor)
  // The stored answer of an Idempotency-Key holds the secret: sealed under the secret's own key.
  @PersonalDataInAnswer([{ path: 'secret', subjectField: 'id', fields: ['value'] }])
  @ApiOperation({
    operationId: 'notifications.registerWebhookEndpoint',
    summary: "Register a webhook endpoint of an organisation (its applicants, programme staff) or a site (its token, administrators); the signing secret is in this answer only",
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body: same answer, one endpoint' })
  @ApiCreatedResponse({ type: WebhookEndpointWithSecretView, headers: { ...LOCATION_HEADER, ...ETAG_HEADER } })
  @ApiProblems(403, 422)
  async register(@Body() body: RegisterWebhookEndpointDto, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<WebhookEndpointWithSecretView> {
    const owner = ownerFrom(body);
    if (!owner) throw badRequest('organisationId', 'give exactly one of organisationId and siteId');
    assertMayReachEndpointsOf(caller, owner, true);
    const result = await this.endpoints.register({ owner, url: body.url, kinds: body.kinds ?? [], description: body.description ?? '' }, caller);
    res.setHeader('Location', `/${WEBHOOKS_PATH}/${result.endpoint.endpointId}`);
    res.setHeader('ETag', etagFor(result.revision));
    // A secret in an answer must not sit in a shared cache.
    res.setHeader('Cache-Control', 'no-store');
    return { ...endpointView(result.endpoint, result.revision), secret: { id: result.secret.secretId, value: result.secret.value } };
  }

  @Get()
  @Roles(...WEBHOOK_READERS)
  @ApiOperation({ operationId: 'notifications.listWebhookEndpoints', summary: "An owner's webhook endpoints, oldest first: an applicant's organisation's, a site's own; staff name the owner" })
  @ApiOkResponse({ type: WebhookEndpointView, isArray: true })
  @ApiProblems({ status: 400, description: 'Neither or both of organisationId and siteId named, where the caller has no endpoints of its own' }, 403)
  async list(@Query() query: ListWebhookEndpointsQuery, @CurrentCaller() caller: Caller): Promise<WebhookEndpointView[]> {
    const owner = ownerOfList(caller, query);
    return (await this.readModel.list(owner)).map(summaryView);
  }

  @Get(':id')
  @Roles(...WEBHOOK_READERS)
  @ApiOperation({ operationId: 'notifications.getWebhookEndpoint', summary: 'One webhook endpoint (never its secret), with its revision as ETag' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: WebhookEndpointView, headers: ETAG_HEADER })
  @ApiProblems(403, 404)
  async get(@Param('id', EndpointIdPipe) id: string, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<WebhookEndpointView> {
    const loaded = await this.endpoints.load(id);
    if (!loaded) throw notFound('webhook-endpoint-not-found', 'no such webhook endpoint');
    assertMayReachEndpointsOf(caller, loaded.endpoint.owner, false);
    res.setHeader('ETag', etagFor(loaded.revision));
    return endpointView(loaded.endpoint, loaded.revision);
  }
}
