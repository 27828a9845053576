import { routeOperations, undocumentedOperations, type Answer, type ExactView, type PageView } from '@hpc-access/testing';
import type { ApplicationStatus } from './applications/domain/allocation-application';
import type { AllocationStatus, SuspendedBy } from './allocations/domain/allocation';
import type { RankOutcome } from './calls/domain/ranking';
import type { CapacityPool } from './configuration/domain/configuration';
import { AllocationsController } from './allocations/allocations.controller';
import { AllocationHistoryView, AllocationSummaryView, AllocationView, ALLOCATION_STATUSES, SUSPENDED_BY } from './allocations/allocation.view';
import { ApplicationsController } from './applications/applications.controller';
import { AllocationApplicationHistoryView, AllocationApplicationReadView, AllocationApplicationView, STREAM_STATUSES } from './applications/application.view';
import { ListApplicationsController } from './applications/list-applications/list-applications.controller';
import { AllocationApplicationSummaryView } from './applications/list-applications/application-summary.view';
import { CallsController } from './calls/calls.controller';
import { CallSummaryView, CallView, RankingView, RANK_OUTCOMES } from './calls/call.view';
import { CapacityController } from './capacity/capacity.controller';
import { CapacityView, HoldSummaryView, QueuesView, CAPACITY_POOLS } from './capacity/capacity.view';
import { ConfigurationController } from './configuration/configuration.controller';
import type { ConfigurationDto } from './configuration/configuration.dto';
import { StandingController } from './organisations/standing.controller';
import type { StandingView } from './organisations/standing.view';
import { TimeToAccessController } from './time-to-access/time-to-access.controller';
import type { TimeToAccessView } from './time-to-access/time-to-access.view';

// What each route returns and the view its OpenAPI document declares are the same object: these
// lines stop compiling (npm run typecheck) when an answer drifts from its view. `Required<>` on an
// allocation: its answer spreads the terms, typed nullable, though an allocation that exists has them.
export const answersMatchTheirViews: Record<string, true> = {
  listApplications: true satisfies ExactView<Answer<ListApplicationsController, 'list'>, PageView<AllocationApplicationSummaryView>>,
  getApplication: true satisfies ExactView<Answer<ApplicationsController, 'get'>, AllocationApplicationReadView>,
  getApplicationHistory: true satisfies ExactView<Answer<ApplicationsController, 'history'>, AllocationApplicationHistoryView>,
  assessApplicationTechnically: true satisfies ExactView<Answer<ApplicationsController, 'assess'>, AllocationApplicationView>,
  scoreApplication: true satisfies ExactView<Answer<ApplicationsController, 'score'>, AllocationApplicationView>,
  listAllocations: true satisfies ExactView<Answer<AllocationsController, 'list'>, PageView<AllocationSummaryView>>,
  getAllocation: true satisfies ExactView<Required<Answer<AllocationsController, 'get'>>, AllocationView>,
  getAllocationHistory: true satisfies ExactView<Answer<AllocationsController, 'history'>, AllocationHistoryView>,
  confirmProvisioning: true satisfies ExactView<Required<Answer<AllocationsController, 'provision'>>, AllocationView>,
  suspendAllocation: true satisfies ExactView<Required<Answer<AllocationsController, 'suspend'>>, AllocationView>,
  resumeAllocation: true satisfies ExactView<Required<Answer<AllocationsController, 'resume'>>, AllocationView>,
  submitFinalReport: true satisfies ExactView<Required<Answer<AllocationsController, 'finalReport'>>, AllocationView>,
  openCall: true satisfies ExactView<Answer<CallsController, 'open'>, CallView>,
  listCalls: true satisfies ExactView<Answer<CallsController, 'list'>, PageView<CallSummaryView>>,
  getCall: true satisfies ExactView<Answer<CallsController, 'get'>, CallView>,
  getCutOffRanking: true satisfies ExactView<Answer<CallsController, 'ranking'>, RankingView>,
  getCapacity: true satisfies ExactView<Answer<CapacityController, 'capacity'>, CapacityView>,
  listHolds: true satisfies ExactView<Answer<CapacityController, 'holds'>, PageView<HoldSummaryView>>,
  listQueues: true satisfies ExactView<Answer<CapacityController, 'queue'>, QueuesView>,
  getConfiguration: true satisfies ExactView<Answer<ConfigurationController, 'get'>, ConfigurationDto>,
  changeConfiguration: true satisfies ExactView<Answer<ConfigurationController, 'put'>, ConfigurationDto>,
  getOrganisationStanding: true satisfies ExactView<Answer<StandingController, 'standing'>, StandingView>,
  getTimeToAccess: true satisfies ExactView<Answer<TimeToAccessController, 'aggregate'>, TimeToAccessView>,
};

// The enums the views declare are the domain's sets, all of them.
type SameSet<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : { onlyInTheView: Exclude<A, B>; onlyInTheDomain: Exclude<B, A> };
export const enumsAreTheDomains: Record<string, true> = {
  streamStatuses: true satisfies SameSet<(typeof STREAM_STATUSES)[number], ApplicationStatus>,
  allocationStatuses: true satisfies SameSet<(typeof ALLOCATION_STATUSES)[number], Exclude<AllocationStatus, 'none'>>,
  suspendedBy: true satisfies SameSet<(typeof SUSPENDED_BY)[number], SuspendedBy>,
  rankOutcomes: true satisfies SameSet<(typeof RANK_OUTCOMES)[number], RankOutcome>,
  capacityPools: true satisfies SameSet<(typeof CAPACITY_POOLS)[number], CapacityPool>,
};

const CONTROLLERS = [ListApplicationsController, ApplicationsController, AllocationsController, CallsController, CapacityController, ConfigurationController, StandingController, TimeToAccessController];

describe("allocation's OpenAPI operations", () => {
  it('each has a unique operationId under allocation., a summary and a documented success answer', () => {
    const operations = routeOperations(CONTROLLERS);
    expect(operations.length).toBeGreaterThanOrEqual(Object.keys(answersMatchTheirViews).length);
    expect(undocumentedOperations('allocation', operations)).toEqual([]);
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
