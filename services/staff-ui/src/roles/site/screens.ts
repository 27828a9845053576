// The site role's screens, loaded when the role first opens one (routes.tsx): one chunk per role.
export { ImportReportPage } from '../accounting-officer/ImportReportPage';
export { ImportsList } from '../accounting-officer/ImportsList';
export { SiteApplications } from '../technical-assessor/SiteApplications';
export { SiteHome } from './SiteHome';
export { SiteOrdersPage } from './SiteOrdersPage';
