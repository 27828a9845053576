import type { RoleModule } from '../role-module';
import en from './i18n/en.json';
import { allocationCommitteeRoutes } from './routes';

export const allocationCommitteeModule: RoleModule = {
  role: 'allocation-committee',
  home: '/allocation-committee',
  nav: [
    { labelKey: 'nav.home', to: '/allocation-committee' },
    { labelKey: 'nav.capacity', to: '/allocation-committee/capacity' },
    { labelKey: 'nav.queue', to: '/allocation-committee/queue' },
    { labelKey: 'nav.ranking', to: '/allocation-committee/ranking' },
    { labelKey: 'nav.allocations', to: '/allocation-committee/allocations' },
    { labelKey: 'nav.timeToAccess', to: '/allocation-committee/time-to-access' },
    { labelKey: 'nav.siteOrders', to: '/allocation-committee/site-orders' },
    { labelKey: 'nav.settings', to: '/allocation-committee/settings' },
  ],
  translations: { en },
  routes: allocationCommitteeRoutes,
};
