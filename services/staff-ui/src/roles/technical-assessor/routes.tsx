import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';
import { AssessmentPage } from './AssessmentPage';
import { AssessorHome } from './AssessorHome';
import { SiteApplications } from './SiteApplications';

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
