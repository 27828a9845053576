import type { RoleModule } from '../role-module';
import en from './i18n/en.json';
import { governanceOfficerRoutes } from './routes';

export const governanceOfficerModule: RoleModule = {
  role: 'governance-officer',
  home: '/governance-officer',
  nav: [
    { labelKey: 'nav.home', to: '/governance-officer' },
    { labelKey: 'nav.organisations', to: '/governance-officer/organisations' },
    { labelKey: 'nav.obligations', to: '/governance-officer/obligations' },
    { labelKey: 'nav.pledges', to: '/governance-officer/pledges' },
    { labelKey: 'nav.breaches', to: '/governance-officer/breaches' },
    { labelKey: 'nav.suspensions', to: '/governance-officer/suspensions' },
    { labelKey: 'nav.settings', to: '/governance-officer/settings' },
  ],
  translations: { en },
  routes: governanceOfficerRoutes,
};
