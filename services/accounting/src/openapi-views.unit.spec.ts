import { routeOperations, undocumentedOperations, type Answer, type ExactView, type PageView } from '@hpc-access/testing';
import type { AccountStatus } from './allocations/domain/allocation-account';
import type { FlagReason, ImportReport } from './usage/import-report';
import { AllocationHistoryController } from './allocations/allocation-history/allocation-history.controller';
import { ACCOUNT_STATUSES, AllocationAccountHistoryView, AllocationAccountView, AllocationBalanceView } from './allocations/allocation-account.view';
import { GetAllocationController } from './allocations/get-allocation/get-allocation.controller';
import { ListAllocationsController } from './allocations/list-allocations/list-allocations.controller';
import { ListJobRecordsController } from './allocations/list-job-records/list-job-records.controller';
import { ChangeConfigurationController } from './configuration/change-configuration/change-configuration.controller';
import { AccountingConfigurationView } from './configuration/configuration.view';
import type { ConfigurationHistoryView } from '@hpc-access/versioned-configuration/routes';
import { GetConfigurationController } from './configuration/get-configuration/get-configuration.controller';
import { JobRecordView } from './shared/job-record.view';
import { UnassignedRecordsController } from './usage/flagged-records/unassigned-records.controller';
import { ImportSacctController } from './usage/import-sacct/import-sacct.controller';
import { FLAG_REASONS, IMPORT_SOURCES, ImportDetailView, ImportReportView, ImportSummaryView, RecordConflictView } from './usage/import-report.view';
import { ListImportsController } from './usage/list-imports/list-imports.controller';
import { ReassessRecordsController } from './usage/reassess-records/reassess-records.controller';
import { RecordUsageController } from './usage/record-usage/record-usage.controller';
import { MapSlurmAccountController } from './usage/account-mappings/map-slurm-account.controller';
import type { SlurmAccountMappingView } from './usage/account-mappings/slurm-account-mapping.view';
import { GetUsageCheckpointController } from './sites/usage-checkpoint/get-usage-checkpoint.controller';
import type { UsageCheckpointView } from './sites/usage-checkpoint/usage-checkpoint.view';

// What each route returns and the view its OpenAPI document declares are the same object: these
// lines stop compiling (npm run typecheck) when an answer drifts from its view.
export const answersMatchTheirViews: Record<string, true> = {
  listAllocations: true satisfies ExactView<Answer<ListAllocationsController, 'list'>, PageView<AllocationBalanceView>>,
  getAllocation: true satisfies ExactView<Answer<GetAllocationController, 'get'>, AllocationAccountView>,
  getAllocationHistory: true satisfies ExactView<Answer<AllocationHistoryController, 'history'>, AllocationAccountHistoryView>,
  listAllocationJobRecords: true satisfies ExactView<Answer<ListJobRecordsController, 'list'>, PageView<JobRecordView> & { allocationId: string }>,
  getConfiguration: true satisfies ExactView<Answer<GetConfigurationController, 'get'>, AccountingConfigurationView>,
  getConfigurationHistory: true satisfies ExactView<Answer<GetConfigurationController, 'history'>, ConfigurationHistoryView>,
  changeConfiguration: true satisfies ExactView<Answer<ChangeConfigurationController, 'change'>, AccountingConfigurationView>,
  importSacct: true satisfies ExactView<Answer<ImportSacctController, 'import'>, ImportReportView>,
  recordUsage: true satisfies ExactView<Answer<RecordUsageController, 'record'>, ImportReportView>,
  reassessRecords: true satisfies ExactView<Answer<ReassessRecordsController, 'reassess'>, ImportReportView>,
  listImports: true satisfies ExactView<Answer<ListImportsController, 'list'>, PageView<ImportSummaryView>>,
  getImport: true satisfies ExactView<Answer<ListImportsController, 'get'>, ImportDetailView>,
  listUnassignedRecords: true satisfies ExactView<Answer<UnassignedRecordsController, 'unassigned'>, PageView<JobRecordView>>,
  listRecordConflicts: true satisfies ExactView<Answer<UnassignedRecordsController, 'conflicts'>, PageView<RecordConflictView>>,
  mapSlurmAccount: true satisfies ExactView<Answer<MapSlurmAccountController, 'map'>, SlurmAccountMappingView>,
  listSlurmAccountMappings: true satisfies ExactView<Answer<MapSlurmAccountController, 'list'>, PageView<SlurmAccountMappingView>>,
  getUsageCheckpoint: true satisfies ExactView<Answer<GetUsageCheckpointController, 'get'>, UsageCheckpointView>,
};

// The enums the views declare are the domain's sets, all of them.
type SameSet<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : { onlyInTheView: Exclude<A, B>; onlyInTheDomain: Exclude<B, A> };
export const enumsAreTheDomains: Record<string, true> = {
  accountStatuses: true satisfies SameSet<(typeof ACCOUNT_STATUSES)[number], AccountStatus>,
  flagReasons: true satisfies SameSet<(typeof FLAG_REASONS)[number], FlagReason>,
  importSources: true satisfies SameSet<(typeof IMPORT_SOURCES)[number], ImportReport['source']>,
};

const CONTROLLERS = [
  ListAllocationsController, GetAllocationController, AllocationHistoryController, ListJobRecordsController, GetConfigurationController, ChangeConfigurationController,
  ImportSacctController, RecordUsageController, ReassessRecordsController, ListImportsController, UnassignedRecordsController, MapSlurmAccountController, GetUsageCheckpointController,
];

describe("accounting's OpenAPI operations", () => {
  it('each has a unique operationId under accounting., a summary and a documented success answer', () => {
    const operations = routeOperations(CONTROLLERS);
    expect(operations.length).toBeGreaterThanOrEqual(Object.keys(answersMatchTheirViews).length);
    expect(undocumentedOperations('accounting', operations)).toEqual([]);
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
