import type { RoleModule } from '../role-module';
import en from './i18n/en.json';
import { accountingOfficerRoutes } from './routes';

export const accountingOfficerModule: RoleModule = {
  role: 'accounting-officer',
  home: '/accounting-officer',
  nav: [
    { labelKey: 'nav.home', to: '/accounting-officer' },
    { labelKey: 'nav.allocations', to: '/accounting-officer/allocations' },
    { labelKey: 'nav.records', to: '/accounting-officer/records' },
    { labelKey: 'nav.imports', to: '/accounting-officer/imports' },
    { labelKey: 'nav.upload', to: '/accounting-officer/imports/new' },
    { labelKey: 'nav.settings', to: '/accounting-officer/settings' },
  ],
  translations: { en },
  routes: accountingOfficerRoutes,
};
