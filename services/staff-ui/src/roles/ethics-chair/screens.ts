// The ethics-chair role's screens, loaded when the role first opens one (routes.tsx): one chunk per role.
export { CaseList } from './CaseList';
export { CasePage } from './CasePage';
export { ChairHome } from './ChairHome';
export { ReviewersPage } from './ReviewersPage';
export { SettingsPage } from '../../components/settings/SettingsPage';
