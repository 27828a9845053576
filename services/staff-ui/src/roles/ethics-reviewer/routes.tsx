import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';

// Screens load when the role first opens one: each role is a chunk of its own (screens.ts).
const screens = () => import('./screens');
const ReviewerCasePage = lazyRouteComponent(screens, 'ReviewerCasePage');
const ReviewerHome = lazyRouteComponent(screens, 'ReviewerHome');

export function ethicsReviewerRoutes(parent: AnyRoute): AnyRoute {
  const layout = roleRoute(parent, 'ethics-reviewer');
  const home = createRoute({ getParentRoute: () => layout, path: '/', component: ReviewerHome });
  const kase = createRoute({ getParentRoute: () => layout, path: 'cases/$caseId', component: Case });
  function Case() {
    const { caseId } = kase.useParams();
    return <ReviewerCasePage caseId={caseId} />;
  }
  return layout.addChildren([home, kase]);
}
