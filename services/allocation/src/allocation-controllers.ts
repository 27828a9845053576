import type { Type } from '@nestjs/common';
import { AllocationHistoryController } from './allocations/allocation-history/allocation-history.controller';
import { CloseAllocationEarlyController } from './allocations/close-allocation-early/close-allocation-early.controller';
import { ConfirmProvisioningController } from './allocations/confirm-provisioning/confirm-provisioning.controller';
import { GetAllocationController } from './allocations/get-allocation/get-allocation.controller';
import { ListAllocationsController } from './allocations/list-allocations/list-allocations.controller';
import { MembersController } from './allocations/members/members.controller';
import { ResumeAllocationController } from './allocations/resume-allocation/resume-allocation.controller';
import { SubmitFinalReportController } from './allocations/submit-final-report/submit-final-report.controller';
import { SuspendAllocationController } from './allocations/suspend-allocation/suspend-allocation.controller';
import { ApplicationHistoryController } from './applications/application-history/application-history.controller';
import { AssessTechnicallyController } from './applications/assess-technically/assess-technically.controller';
import { GetApplicationController } from './applications/get-application/get-application.controller';
import { ListApplicationsController } from './applications/list-applications/list-applications.controller';
import { ScoreApplicationController } from './applications/score-application/score-application.controller';
import { CutOffRankingController } from './calls/cut-off-ranking/cut-off-ranking.controller';
import { CallHistoryController } from './calls/call-history/call-history.controller';
import { GetCallController } from './calls/get-call/get-call.controller';
import { ListCallsController } from './calls/list-calls/list-calls.controller';
import { OpenCallController } from './calls/open-call/open-call.controller';
import { CapacityHistoryController } from './capacity/capacity-history/capacity-history.controller';
import { GetCapacityController } from './capacity/get-capacity/get-capacity.controller';
import { ListHoldsController } from './capacity/list-holds/list-holds.controller';
import { ListQueuesController } from './capacity/list-queues/list-queues.controller';
import { ConfigurationController } from './configuration/configuration.controller';
import { GetStandingController } from './organisations/get-standing/get-standing.controller';
import { SiteOrdersController } from './site-orders/site-orders.controller';
import { GetTimeToAccessController } from './time-to-access/get-time-to-access/get-time-to-access.controller';

/** Every route of allocation, one controller per use case (the module mounts them; the OpenAPI test walks them). */
export const ALLOCATION_CONTROLLERS: Type[] = [
  ConfigurationController,
  GetCapacityController,
  CapacityHistoryController,
  ListHoldsController,
  ListQueuesController,
  ListApplicationsController,
  GetApplicationController,
  ApplicationHistoryController,
  AssessTechnicallyController,
  ScoreApplicationController,
  OpenCallController,
  ListCallsController,
  GetCallController,
  CallHistoryController,
  CutOffRankingController,
  ListAllocationsController,
  GetAllocationController,
  AllocationHistoryController,
  ConfirmProvisioningController,
  SuspendAllocationController,
  ResumeAllocationController,
  CloseAllocationEarlyController,
  SubmitFinalReportController,
  GetStandingController,
  GetTimeToAccessController,
  MembersController,
  SiteOrdersController,
];
