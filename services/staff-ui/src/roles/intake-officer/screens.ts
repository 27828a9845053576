// The intake-officer role's screens, loaded when the role first opens one (routes.tsx): one chunk per role.
export { IntakeHome } from './IntakeHome';
export { ScreeningPage } from './ScreeningPage';
export { ScreeningQueue } from './ScreeningQueue';
