import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';
import { ReviewerCasePage } from './ReviewerCasePage';
import { ReviewerHome } from './ReviewerHome';

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
