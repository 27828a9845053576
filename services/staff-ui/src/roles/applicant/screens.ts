// The applicant's screens, loaded when the applicant first opens one (routes.tsx): one chunk per role.
export { AllocationPage } from './AllocationPage';
export { ApplicantApplicationPage } from './ApplicantApplicationPage';
export { ApplicantHome } from './ApplicantHome';
export { ApplicationFormPage } from './ApplicationFormPage';
export { AttestationsPage } from './AttestationsPage';
export { OrganisationPage } from './OrganisationPage';
export { AnswerWithChangesPage } from './AnswerWithChangesPage';
