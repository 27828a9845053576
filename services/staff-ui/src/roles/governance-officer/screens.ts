// The governance-officer role's screens, loaded when the role first opens one (routes.tsx): one chunk per role.
export { BreachReports } from './BreachReports';
export { GovernanceHome } from './GovernanceHome';
export { OrganisationPage } from './OrganisationPage';
export { ObligationsList } from './ObligationsList';
export { OrganisationsList } from './OrganisationsList';
export { PledgeVersions } from './PledgeVersions';
export { Suspensions } from './Suspensions';
export { SettingsPage } from '../../components/settings/SettingsPage';
