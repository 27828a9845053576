import type { RoleModule } from '../role-module';
import en from './i18n/en.json';
import { auditorRoutes } from './routes';

export const auditorModule: RoleModule = {
  role: 'auditor',
  home: '/auditor',
  nav: [
    { labelKey: 'nav.home', to: '/auditor' },
    { labelKey: 'nav.timeline', to: '/auditor/timeline' },
    { labelKey: 'nav.asOf', to: '/auditor/as-of' },
    { labelKey: 'nav.verification', to: '/auditor/verification' },
  ],
  translations: { en },
  routes: auditorRoutes,
};
