import type { RoleModule } from '../role-module';
import en from './i18n/en.json';
import { administratorRoutes } from './routes';

export const administratorModule: RoleModule = {
  role: 'administrator',
  home: '/administrator',
  nav: [
    { labelKey: 'nav.home', to: '/administrator' },
    { labelKey: 'nav.programmeRules', to: '/administrator/settings' },
    { labelKey: 'nav.siteOrders', to: '/administrator/site-orders' },
    { labelKey: 'nav.deliveries', to: '/notifications/deliveries' },
  ],
  translations: { en },
  routes: administratorRoutes,
};
