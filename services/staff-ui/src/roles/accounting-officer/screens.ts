// The accounting-officer role's screens, loaded when the role first opens one (routes.tsx): one chunk per role.
export { AccountingHome } from './AccountingHome';
export { AllocationAccountPage } from './AllocationAccountPage';
export { AllocationsPage } from './AllocationsPage';
export { FlaggedRecordsPage } from './FlaggedRecordsPage';
export { ImportReportPage } from './ImportReportPage';
export { ImportsList } from './ImportsList';
export { UsageUploadPage } from './UsageUploadPage';
export { SettingsPage } from '../../components/settings/SettingsPage';
