// The technical-assessor role's screens, loaded when the role first opens one (routes.tsx): one chunk per role.
export { AssessmentPage } from './AssessmentPage';
export { AssessorHome } from './AssessorHome';
export { SiteApplications } from './SiteApplications';
