import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';

const screens = () => import('./screens');
const ApplicationFormPage = lazyRouteComponent(screens, 'ApplicationFormPage');
const ApplicantApplicationPage = lazyRouteComponent(screens, 'ApplicantApplicationPage');
const AllocationPage = lazyRouteComponent(screens, 'AllocationPage');
const AnswerWithChangesPage = lazyRouteComponent(screens, 'AnswerWithChangesPage');

export function applicantRoutes(parent: AnyRoute): AnyRoute {
  const layout = roleRoute(parent, 'applicant');
  const home = createRoute({ getParentRoute: () => layout, path: '/', component: lazyRouteComponent(screens, 'ApplicantHome') });
  const organisation = createRoute({ getParentRoute: () => layout, path: 'organisation', component: lazyRouteComponent(screens, 'OrganisationPage') });
  const attestations = createRoute({ getParentRoute: () => layout, path: 'attestations', component: lazyRouteComponent(screens, 'AttestationsPage') });
  const newApplication = createRoute({ getParentRoute: () => layout, path: 'applications/new', component: () => <ApplicationFormPage /> });
  const editApplication = createRoute({ getParentRoute: () => layout, path: 'applications/$applicationId/edit', component: EditDraft });
  const application = createRoute({ getParentRoute: () => layout, path: 'applications/$applicationId', component: ShowApplication });
  const answer = createRoute({ getParentRoute: () => layout, path: 'applications/$applicationId/answer', component: Answer });
  const allocation = createRoute({ getParentRoute: () => layout, path: 'allocations/$allocationId', component: ShowAllocation });
  function EditDraft() {
    const { applicationId } = editApplication.useParams();
    return <ApplicationFormPage applicationId={applicationId} />;
  }
  function ShowApplication() {
    const { applicationId } = application.useParams();
    return <ApplicantApplicationPage applicationId={applicationId} />;
  }
  function Answer() {
    const { applicationId } = answer.useParams();
    return <AnswerWithChangesPage applicationId={applicationId} />;
  }
  function ShowAllocation() {
    const { allocationId } = allocation.useParams();
    return <AllocationPage allocationId={allocationId} />;
  }
  return layout.addChildren([home, organisation, attestations, newApplication, editApplication, answer, application, allocation]);
}
