// The allocation-committee role's screens, loaded when the role first opens one (routes.tsx): one chunk per role.
export { AllocationPage } from './AllocationPage';
export { AllocationsPage } from './AllocationsPage';
export { CapacityPage } from './CapacityPage';
export { CommitteeHome } from './CommitteeHome';
export { FailedOrdersPage } from './FailedOrdersPage';
export { QueuePage } from './QueuePage';
export { RankingPage } from './RankingPage';
export { ScorePage } from './ScorePage';
export { TimeToAccessPage } from './TimeToAccessPage';
export { SettingsPage } from '../../components/settings/SettingsPage';
