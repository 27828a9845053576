import { routeOperations, undocumentedOperations, type Answer, type ExactView, type PageView } from '@hpc-access/testing';
import type { ApplicationStatus } from './applications/domain/allocation-application';
import type { AllocationStatus, SuspendedBy } from './allocations/domain/allocation';
import type { RankOutcome } from './calls/domain/ranking';
import type { CapacityPool } from './configuration/domain/configuration';
import { AllocationHistoryView, AllocationSummaryView, AllocationView, ALLOCATION_STATUSES, SUSPENDED_BY } from './allocations/allocation.view';
import { AllocationApplicationHistoryView, AllocationApplicationReadView, AllocationApplicationView, STREAM_STATUSES } from './applications/application.view';
import type { ListApplicationsController } from './applications/list-applications/list-applications.controller';
import { AllocationApplicationSummaryView } from './applications/list-applications/application-summary.view';
import { CallSummaryView, CallView, RankingView, RANK_OUTCOMES } from './calls/call.view';
import { CapacityView, HoldSummaryView, QueuesView, CAPACITY_POOLS } from './capacity/capacity.view';
import { ConfigurationController } from './configuration/configuration.controller';
import type { ConfigurationHistoryView } from '@hpc-access/versioned-configuration/routes';
import { ALLOCATION_CONTROLLERS } from './allocation-controllers';
import type { AllocationHistoryController } from './allocations/allocation-history/allocation-history.controller';
import type { ConfirmProvisioningController } from './allocations/confirm-provisioning/confirm-provisioning.controller';
import type { GetAllocationController } from './allocations/get-allocation/get-allocation.controller';
import type { ListAllocationsController } from './allocations/list-allocations/list-allocations.controller';
import type { ResumeAllocationController } from './allocations/resume-allocation/resume-allocation.controller';
import type { SubmitFinalReportController } from './allocations/submit-final-report/submit-final-report.controller';
import type { SuspendAllocationController } from './allocations/suspend-allocation/suspend-allocation.controller';
import type { ApplicationHistoryController } from './applications/application-history/application-history.controller';
import type { AssessTechnicallyController } from './applications/assess-technically/assess-technically.controller';
import type { GetApplicationController } from './applications/get-application/get-application.controller';
import type { ScoreApplicationController } from './applications/score-application/score-application.controller';
import type { CutOffRankingController } from './calls/cut-off-ranking/cut-off-ranking.controller';
import type { GetCallController } from './calls/get-call/get-call.controller';
import type { ListCallsController } from './calls/list-calls/list-calls.controller';
import type { OpenCallController } from './calls/open-call/open-call.controller';
import type { GetCapacityController } from './capacity/get-capacity/get-capacity.controller';
import type { ListHoldsController } from './capacity/list-holds/list-holds.controller';
import type { ListQueuesController } from './capacity/list-queues/list-queues.controller';
import type { ConfigurationDto } from './configuration/configuration.dto';
import type { GetStandingController } from './organisations/get-standing/get-standing.controller';
import type { StandingView } from './organisations/get-standing/standing.view';
import type { GetTimeToAccessController } from './time-to-access/get-time-to-access/get-time-to-access.controller';
import type { TimeToAccessView } from './time-to-access/get-time-to-access/time-to-access.view';

// What each route returns and the view its OpenAPI document declares are the same object: these
// lines stop compiling (npm run typecheck) when an answer drifts from its view. `Required<>` on an
// allocation: its answer spreads the terms, typed nullable, though an allocation that exists has them.
export const answersMatchTheirViews: Record<string, true> = {
  listApplications: true satisfies ExactView<Answer<ListApplicationsController, 'list'>, PageView<AllocationApplicationSummaryView>>,
  getApplication: true satisfies ExactView<Answer<GetApplicationController, 'get'>, AllocationApplicationReadView>,
  getApplicationHistory: true satisfies ExactView<Answer<ApplicationHistoryController, 'history'>, AllocationApplicationHistoryView>,
  assessApplicationTechnically: true satisfies ExactView<Answer<AssessTechnicallyController, 'assess'>, AllocationApplicationView>,
  scoreApplication: true satisfies ExactView<Answer<ScoreApplicationController, 'score'>, AllocationApplicationView>,
  listAllocations: true satisfies ExactView<Answer<ListAllocationsController, 'list'>, PageView<AllocationSummaryView>>,
  getAllocation: true satisfies ExactView<Required<Answer<GetAllocationController, 'get'>>, AllocationView>,
  getAllocationHistory: true satisfies ExactView<Answer<AllocationHistoryController, 'history'>, AllocationHistoryView>,
  confirmProvisioning: true satisfies ExactView<Required<Answer<ConfirmProvisioningController, 'provision'>>, AllocationView>,
  suspendAllocation: true satisfies ExactView<Required<Answer<SuspendAllocationController, 'suspend'>>, AllocationView>,
  resumeAllocation: true satisfies ExactView<Required<Answer<ResumeAllocationController, 'resume'>>, AllocationView>,
  submitFinalReport: true satisfies ExactView<Required<Answer<SubmitFinalReportController, 'finalReport'>>, AllocationView>,
  openCall: true satisfies ExactView<Answer<OpenCallController, 'open'>, CallView>,
  listCalls: true satisfies ExactView<Answer<ListCallsController, 'list'>, PageView<CallSummaryView>>,
  getCall: true satisfies ExactView<Answer<GetCallController, 'get'>, CallView>,
  getCutOffRanking: true satisfies ExactView<Answer<CutOffRankingController, 'ranking'>, RankingView>,
  getCapacity: true satisfies ExactView<Answer<GetCapacityController, 'capacity'>, CapacityView>,
  listHolds: true satisfies ExactView<Answer<ListHoldsController, 'holds'>, PageView<HoldSummaryView>>,
  listQueues: true satisfies ExactView<Answer<ListQueuesController, 'queue'>, QueuesView>,
  getConfiguration: true satisfies ExactView<Answer<ConfigurationController, 'get'>, ConfigurationDto>,
  changeConfiguration: true satisfies ExactView<Answer<ConfigurationController, 'put'>, ConfigurationDto>,
  getConfigurationHistory: true satisfies ExactView<Answer<ConfigurationController, 'history'>, ConfigurationHistoryView>,
  getOrganisationStanding: true satisfies ExactView<Answer<GetStandingController, 'standing'>, StandingView>,
  getTimeToAccess: true satisfies ExactView<Answer<GetTimeToAccessController, 'aggregate'>, TimeToAccessView>,
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


describe("allocation's OpenAPI operations", () => {
  it('each has a unique operationId under allocation., a summary and a documented success answer', () => {
    const operations = routeOperations(ALLOCATION_CONTROLLERS);
    expect(operations.length).toBeGreaterThanOrEqual(Object.keys(answersMatchTheirViews).length);
    expect(undocumentedOperations('allocation', operations)).toEqual([]);
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
