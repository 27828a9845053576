import type { RoleModule } from '../role-module';
import en from './i18n/en.json';
import { auditorRoutes } from './routes';

export const auditorModule: RoleModule = {
  role: 'auditor',
  home: '/auditor',
  nav: [{ labelKey: 'nav.home', to: '/auditor' }],
  translations: { en },
  routes: auditorRoutes,
};
