import type { RoleModule } from '../role-module';
import en from './i18n/en.json';
import { applicantRoutes } from './routes';

export const applicantModule: RoleModule = {
  role: 'applicant',
  home: '/applicant',
  nav: [
    { labelKey: 'nav.home', to: '/applicant' },
    { labelKey: 'nav.newApplication', to: '/applicant/applications/new' },
    { labelKey: 'nav.organisation', to: '/applicant/organisation' },
    { labelKey: 'nav.attestations', to: '/applicant/attestations' },
  ],
  translations: { en },
  routes: applicantRoutes,
};
