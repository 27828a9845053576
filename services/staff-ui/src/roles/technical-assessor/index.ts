import type { RoleModule } from '../role-module';
import en from './i18n/en.json';
import { technicalAssessorRoutes } from './routes';

export const technicalAssessorModule: RoleModule = {
  role: 'technical-assessor',
  home: '/technical-assessor',
  nav: [
    { labelKey: 'nav.home', to: '/technical-assessor' },
    { labelKey: 'nav.applications', to: '/technical-assessor/applications' },
  ],
  translations: { en },
  routes: technicalAssessorRoutes,
};
