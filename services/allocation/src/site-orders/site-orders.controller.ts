import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, assertMayActOnSystem, commandContext, mayActOnSystem, siteScope, systemScopeOf, type Caller, type Role } from '@hpc-access/auth';
import { DomainError, notFound, type Clock } from '@hpc-access/eventsourcing';
import { ApiPageResponse, ApiProblems, badRequest, patternParamPipe } from '@hpc-access/http';
import { ALLOCATION_CLOCK } from '../allocation.tokens';
import { ConfigurationService } from '../configuration/configuration.service';
import { systemsHostedBy, type AllocationConfiguration } from '../configuration/domain/configuration';
import { SiteOrderCommands } from './site-order-commands';
import { SiteOrderReader, type SiteOrderRow } from './site-order-reader';
import { SiteOrderView } from './site-order.view';
import { SiteOrderAcknowledgementDto, ListSiteOrdersQuery } from './site-orders.dto';

/** Programme staff who see every site's orders and retry a failed one. */
const ORDER_STAFF: Role[] = ['allocation-committee', 'administrator'];
const SITE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

const SiteIdPipe = patternParamPipe('siteId', SITE_ID, `must match ${SITE_ID.source}`, { minLength: 1, maxLength: 64 });
const OrderIdPipe = new ParseUUIDPipe({ exceptionFactory: () => badRequest('orderId', 'must be a UUID') });

@ApiTags('site-orders')
@ApiBearerAuth()
@Controller('api/allocation')
export class SiteOrdersController {
  constructor(
    private readonly reader: SiteOrderReader,
    private readonly orders: SiteOrderCommands,
    private readonly configs: ConfigurationService,
    @Inject(ALLOCATION_CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * A site acts for itself only (403 `another-site`); staff name a site the configuration knows
   * (404 otherwise). Returns the systems the site hosts now.
   */
  private async systemsOf(siteId: string, caller: Caller, configuration: AllocationConfiguration): Promise<readonly string[]> {
    const scope = await systemScopeOf(caller, async (id) => systemsHostedBy(configuration, id));
    if (scope.kind === 'site') {
      if (scope.siteId !== siteId) throw new DomainError('forbidden', 'another-site', `site ${scope.siteId} may not act for site ${siteId}`, 'siteId');
      return scope.systems;
    }
    if (!(configuration.sites ?? []).some((site) => site.id === siteId)) throw notFound('site-not-found', `no hosting site ${siteId}`);
    return systemsHostedBy(configuration, siteId);
  }

  /** The order at this site: a site asking for another site's order is 403 naming its system (ADR 15), staff get 404. */
  private async orderAt(siteId: string, orderId: string, caller: Caller, configuration: AllocationConfiguration): Promise<SiteOrderRow> {
    await this.systemsOf(siteId, caller, configuration);
    const row = await this.reader.find(orderId);
    if (!row) throw notFound('order-not-found', `no order ${orderId}`);
    const scope = await siteScope(siteId, async (id) => systemsHostedBy(configuration, id));
    if (caller.actor.role === 'site') assertMayActOnSystem(scope, row.system);
    else if (!mayActOnSystem(scope, row.system)) throw notFound('order-not-found', `order ${orderId} is not for site ${siteId}`);
    return row;
  }

  @Get('sites/:siteId/orders')
  @Roles('site', ...ORDER_STAFF, 'auditor')
  @ApiOperation({ operationId: 'allocation.listSiteOrders', summary: "A hosting site's orders in the order issued (sort=newest: the last issued first); its agent sees an order once every earlier order of the project is done. The site itself, programme staff, auditors" })
  @ApiParam({ name: 'siteId', example: 'cineca' })
  @ApiPageResponse(SiteOrderView)
  @ApiProblems(404)
  async list(@Param('siteId', SiteIdPipe) siteId: string, @Query() query: ListSiteOrdersQuery, @CurrentCaller() caller: Caller) {
    const configuration = await this.configs.current();
    const systems = await this.systemsOf(siteId, caller, configuration);
    return this.reader.page({ status: query.status, systems, dueOnly: caller.actor.role === 'site' }, query, configuration);
  }

  @Get('site-orders')
  @Roles(...ORDER_STAFF, 'auditor')
  @ApiOperation({ operationId: 'allocation.listAllSiteOrders', summary: "Every site's orders in the order issued (sort=newest: the last issued first; status=failed: what the sites could not do, with their error). Programme staff, auditors" })
  @ApiPageResponse(SiteOrderView)
  async listAll(@Query() query: ListSiteOrdersQuery) {
    return this.reader.page({ status: query.status }, query, await this.configs.current());
  }

  @Post('sites/:siteId/orders/:orderId/acknowledgement')
  @HttpCode(200)
  @Roles('site')
  @ApiOperation({ operationId: 'allocation.acknowledgeSiteOrder', summary: 'The site reports the outcome of an order; the same acknowledgement again changes nothing. A create-project done confirms provisioning. The site itself only' })
  @ApiOkResponse({ type: SiteOrderView })
  @ApiProblems(404, { status: 409, description: 'The order is already done (a different outcome), at another attempt than the one named, or an earlier order of the project is not done' })
  async acknowledge(@Param('siteId', SiteIdPipe) siteId: string, @Param('orderId', OrderIdPipe) orderId: string, @Body() body: SiteOrderAcknowledgementDto, @CurrentCaller() caller: Caller): Promise<SiteOrderView> {
    const row = await this.orderAt(siteId, orderId, caller, await this.configs.current());
    return this.orders.acknowledge(row.allocation_id, orderId, { outcome: body.outcome, error: body.error ?? null, attempt: body.attempt ?? null }, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId });
  }

  @Post('sites/:siteId/orders/:orderId/retry')
  @HttpCode(200)
  @Roles(...ORDER_STAFF)
  @ApiOperation({ operationId: 'allocation.retrySiteOrder', summary: "A failed order becomes pending again (attempt + 1), for the site's agent to apply. Programme staff" })
  @ApiOkResponse({ type: SiteOrderView })
  @ApiProblems(404, { status: 409, description: 'The order is not failed' })
  async retry(@Param('siteId', SiteIdPipe) siteId: string, @Param('orderId', OrderIdPipe) orderId: string, @CurrentCaller() caller: Caller): Promise<SiteOrderView> {
    const row = await this.orderAt(siteId, orderId, caller, await this.configs.current());
    return this.orders.retry(row.allocation_id, orderId, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId });
  }
}
