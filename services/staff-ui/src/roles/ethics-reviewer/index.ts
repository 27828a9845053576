import type { RoleModule } from '../role-module';
import en from './i18n/en.json';
import { ethicsReviewerRoutes } from './routes';

export const ethicsReviewerModule: RoleModule = {
  role: 'ethics-reviewer',
  home: '/ethics-reviewer',
  nav: [{ labelKey: 'nav.home', to: '/ethics-reviewer' }],
  translations: { en },
  routes: ethicsReviewerRoutes,
};
