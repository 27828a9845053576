// The auditor role's screens, loaded when the role first opens one (routes.tsx): one chunk per role.
export { AuditorHome } from './AuditorHome';
export { AsOfPage } from './AsOfPage';
export { TimelinePage } from './TimelinePage';
export { VerificationPage } from './VerificationPage';
