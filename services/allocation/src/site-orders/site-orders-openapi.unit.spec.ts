import { routeOperations, undocumentedOperations, type Answer, type ExactView, type PageView } from '@hpc-access/testing';
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

describe('the OpenAPI operations of site orders and members', () => {
  it('each has its operationId under allocation., a summary and a documented success answer', () => {
    const operations = routeOperations([SiteOrdersController, MembersController]);
    expect(operations.map((o) => o.operationId).sort()).toEqual(Object.keys(answersMatchTheirViews).map((name) => `allocation.${name}`).sort());
    expect(undocumentedOperations('allocation', operations)).toEqual([]);
  });

  it('the kinds and statuses are those of the contract the site agent codes against (README.md): a change there is a change here', () => {
    const kinds: readonly SiteOrderKind[] = SITE_ORDER_KINDS;
    const statuses: readonly SiteOrderStatus[] = SITE_ORDER_STATUSES;
    expect([...kinds].sort()).toEqual(['close', 'create-project', 'resume', 'set-limit', 'set-members', 'suspend']);
    expect(statuses).toEqual(['pending', 'done', 'failed']);
  });
});
