import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';
import { ApplicantHome } from './ApplicantHome';
import { ApplicationFormPage } from './ApplicationFormPage';
import { ApplicantApplicationPage } from './ApplicantApplicationPage';

export function applicantRoutes(parent: AnyRoute): AnyRoute {
  const layout = roleRoute(parent, 'applicant');
  const home = createRoute({ getParentRoute: () => layout, path: '/', component: ApplicantHome });
  const newApplication = createRoute({ getParentRoute: () => layout, path: 'applications/new', component: () => <ApplicationFormPage /> });
  const editApplication = createRoute({ getParentRoute: () => layout, path: 'applications/$applicationId/edit', component: EditDraft });
  const application = createRoute({ getParentRoute: () => layout, path: 'applications/$applicationId', component: ShowApplication });
  function EditDraft() {
    const { applicationId } = editApplication.useParams();
    return <ApplicationFormPage applicationId={applicationId} />;
  }
  function ShowApplication() {
    const { applicationId } = application.useParams();
    return <ApplicantApplicationPage applicationId={applicationId} />;
  }
  return layout.addChildren([home, newApplication, editApplication, application]);
}
