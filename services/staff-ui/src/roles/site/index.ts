import type { RoleModule } from '../role-module';
import en from './i18n/en.json';
import { siteRoutes } from './routes';

export const siteModule: RoleModule = {
  role: 'site',
  home: '/site',
  nav: [
    { labelKey: 'nav.home', to: '/site' },
    { labelKey: 'nav.orders', to: '/site/orders' },
    { labelKey: 'nav.assessments', to: '/site/assessments' },
    { labelKey: 'nav.imports', to: '/site/imports' },
  ],
  translations: { en },
  routes: siteRoutes,
};
