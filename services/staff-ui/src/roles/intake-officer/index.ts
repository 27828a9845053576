import type { RoleModule } from '../role-module';
import en from './i18n/en.json';
import { intakeOfficerRoutes } from './routes';

export const intakeOfficerModule: RoleModule = {
  role: 'intake-officer',
  home: '/intake-officer',
  nav: [
    { labelKey: 'nav.home', to: '/intake-officer' },
    { labelKey: 'nav.queue', to: '/intake-officer/queue' },
  ],
  translations: { en },
  routes: intakeOfficerRoutes,
};
