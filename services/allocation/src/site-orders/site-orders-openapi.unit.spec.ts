import type { Answer, ExactView, PageView } from '@hpc-access/testing';
import { MembersController } from '../allocations/members/members.controller';
import type { AllocationMembersView } from '../allocations/members/members.view';
import { SITE_ORDER_KINDS, SITE_ORDER_STATUSES, type SiteOrderKind, type SiteOrderStatus } from './domain/site-orders';
import { SiteOrdersController } from './site-orders.controller';
import type { SiteOrderView } from './site-order.view';

// What each route returns and the view its OpenAPI document declares are the same object: these
// lines stop compiling when an answer drifts from its view (as services/allocation/src/openapi-views.unit.spec.ts).
export const answersMatchTheirViews: Record<string, true> = {
  listSiteOrders: true satisfies ExactView<Answer<SiteOrdersController, 'list'>, PageView<SiteOrderView>>,
  listAllSiteOrders: true satisfies ExactView<Answer<SiteOrdersController, 'listAll'>, PageView<SiteOrderView>>,
  acknowledgeSiteOrder: true satisfies ExactView<Answer<SiteOrdersController, 'acknowledge'>, SiteOrderView>,
  retrySiteOrder: true satisfies ExactView<Answer<SiteOrdersController, 'retry'>, SiteOrderView>,
  getMembers: true satisfies ExactView<Answer<MembersController, 'get'>, AllocationMembersView>,
  setMembers: true satisfies ExactView<Answer<MembersController, 'set'>, AllocationMembersView>,
};

const ROUTE_METHOD = 'method';
const API_OPERATION = 'swagger/apiOperation';
const API_RESPONSE = 'swagger/apiResponse';

function routes(): Array<{ route: string; handler: object }> {
  return [SiteOrdersController, MembersController].flatMap((controller) =>
    Object.getOwnPropertyNames(controller.prototype)
      .map((name) => ({ route: `${controller.name}.${name}`, handler: (controller.prototype as unknown as Record<string, unknown>)[name] }))
      .filter((r): r is { route: string; handler: object } => typeof r.handler === 'function' && Reflect.getMetadata(ROUTE_METHOD, r.handler) !== undefined),
  );
}

describe('the OpenAPI operations of site orders and members', () => {
  it('each has its operationId under allocation., a summary and a documented success answer', () => {
    const operations = routes().map(({ route, handler }) => ({ route, handler, ...(Reflect.getMetadata(API_OPERATION, handler) as { operationId?: string; summary?: string }) }));
    expect(operations.map((o) => o.operationId).sort()).toEqual(Object.keys(answersMatchTheirViews).map((name) => `allocation.${name}`).sort());
    expect(operations.filter((o) => !o.summary).map((o) => o.route)).toEqual([]);
    const undocumented = operations.filter(({ handler }) => {
      const responses = (Reflect.getMetadata(API_RESPONSE, handler) ?? {}) as Record<string, { type?: unknown; schema?: unknown }>;
      return !Object.entries(responses).some(([status, response]) => /^2\d\d$/.test(status) && (response.type !== undefined || response.schema !== undefined));
    });
    expect(undocumented.map((o) => o.route)).toEqual([]);
  });

  it('the kinds and statuses are those of the contract the site agent codes against (README.md): a change there is a change here', () => {
    const kinds: readonly SiteOrderKind[] = SITE_ORDER_KINDS;
    const statuses: readonly SiteOrderStatus[] = SITE_ORDER_STATUSES;
    expect([...kinds].sort()).toEqual(['close', 'create-project', 'resume', 'set-limit', 'set-members', 'suspend']);
    expect(statuses).toEqual(['pending', 'done', 'failed']);
  });
});
