// The ethics-reviewer role's screens, loaded when the role first opens one (routes.tsx): one chunk per role.
export { ReviewerCasePage } from './ReviewerCasePage';
export { ReviewerHome } from './ReviewerHome';
