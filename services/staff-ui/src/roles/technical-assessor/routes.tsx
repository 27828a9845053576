import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';

// Screens load when the role first opens one: each role is a chunk of its own (screens.ts).
const screens = () => import('./screens');
const AssessmentPage = lazyRouteComponent(screens, 'AssessmentPage');
const AssessorHome = lazyRouteComponent(screens, 'AssessorHome');
const SiteApplications = lazyRouteComponent(screens, 'SiteApplications');

export function technicalAssessorRoutes(parent: AnyRoute): AnyRoute {
  const layout = roleRoute(parent, 'technical-assessor');
  const home = createRoute({ getParentRoute: () => layout, path: '/', component: AssessorHome });
  const list = createRoute({ getParentRoute: () => layout, path: 'applications', component: () => <SiteApplications linkBase="/technical-assessor/applications" /> });
  const application = createRoute({ getParentRoute: () => layout, path: 'applications/$applicationId', component: Application });
  function Application() {
    const { applicationId } = application.useParams();
    return <AssessmentPage applicationId={applicationId} />;
  }
  return layout.addChildren([home, list, application]);
}
