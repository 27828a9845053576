import type { RoleModule } from '../role-module';
import en from './i18n/en.json';
import { ethicsChairRoutes } from './routes';

export const ethicsChairModule: RoleModule = {
  role: 'ethics-chair',
  home: '/ethics-chair',
  nav: [
    { labelKey: 'nav.home', to: '/ethics-chair' },
    { labelKey: 'nav.cases', to: '/ethics-chair/cases' },
    { labelKey: 'nav.reviewers', to: '/ethics-chair/reviewers' },
    { labelKey: 'nav.settings', to: '/ethics-chair/settings' },
  ],
  translations: { en },
  routes: ethicsChairRoutes,
};
